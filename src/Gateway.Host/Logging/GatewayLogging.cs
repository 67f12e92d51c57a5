using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace Gateway.Host.Logging;

/// <summary>
/// Serilog to console and a daily rolling file, as text (ISO 8601 timestamps) or compact JSON
/// (<c>Gateway:Logging:Format</c> = <c>text</c>|<c>json</c>), overridable through the <c>Serilog</c> configuration section.
/// Every event passes the BSN redaction enricher first; a pre-check's events are marked in the text format.
/// </summary>
internal static class GatewayLogging
{
    public const string DefaultFileName = "gateway-.log";
    public const string LogDirectoryKey = "Gateway:Logging:Directory";
    public const string ConsoleLevelKey = "Gateway:Logging:ConsoleLevel";
    public const string FormatKey = "Gateway:Logging:Format";

    // {PrecheckMark} is there only on a pre-check's events (PrecheckEnricher); elsewhere it renders nothing.
    private const string ConsoleTemplate = "[{Timestamp:yyyy-MM-ddTHH:mm:ss.fffzzz} {Level:u3}] {PrecheckMark:l}{Message:lj} {Properties:j}{NewLine}{Exception}";
    private const string FileTemplate = "{Timestamp:o} [{Level:u3}] {SourceContext} {PrecheckMark:l}{Message:lj} {Properties:j}{NewLine}{Exception}";

    public static Serilog.Core.Logger CreateLogger(IConfiguration configuration)
    {
        var directory = configuration[LogDirectoryKey] ?? "logs";
        var consoleLevel = Enum.TryParse<LogEventLevel>(configuration[ConsoleLevelKey], ignoreCase: true, out var level) ? level : LogEventLevel.Information;
        var json = Format(configuration);
        var loggerConfiguration = new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
            .MinimumLevel.Override("Quartz", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .Enrich.With<BsnRedactingEnricher>()
            .Enrich.With<PrecheckEnricher>();

        // Sinks come from configuration when it names any; otherwise console plus a daily rolling file.
        loggerConfiguration.ReadFrom.Configuration(configuration);
        if (!configuration.GetSection("Serilog:WriteTo").Exists())
        {
            var file = Path.Combine(directory, DefaultFileName);
            if (json)
            {
                loggerConfiguration
                    .WriteTo.Console(new CompactJsonFormatter(), standardErrorFromLevel: LogEventLevel.Verbose, restrictedToMinimumLevel: consoleLevel)
                    .WriteTo.File(new CompactJsonFormatter(), file, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 31);
            }
            else
            {
                loggerConfiguration
                    .WriteTo.Console(outputTemplate: ConsoleTemplate, standardErrorFromLevel: LogEventLevel.Verbose, restrictedToMinimumLevel: consoleLevel, formatProvider: System.Globalization.CultureInfo.InvariantCulture)
                    .WriteTo.File(file, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 31, outputTemplate: FileTemplate, formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return loggerConfiguration.CreateLogger();
    }

    /// <summary>Replaces the default providers with Serilog (through Serilog.Extensions.Hosting, which request logging needs); the logger is disposed (and flushed) with the host.</summary>
    public static ILoggingBuilder UseGatewayLogging(this ILoggingBuilder logging, IConfiguration configuration)
    {
        logging.ClearProviders();
        var logger = CreateLogger(configuration);
        logging.Services.AddSerilog(logger, dispose: true);

        // Request logging writes through this logger (not the static Log.Logger, which the gateway never sets).
        logging.Services.TryAddSingleton<Serilog.ILogger>(logger);
        return logging;
    }

    /// <summary>
    /// One line per HTTP request: method, path (never the query string or the body, which may carry a BSN), status and
    /// time; the path passes the redaction enricher like any property.
    /// </summary>
    public static IApplicationBuilder UseGatewayRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";

            // Every accepted message is already logged by its handler: a successful request is Debug (probes and scrapes,
            // every few seconds, Verbose), a refused one Information, a failed one Error. Lower the level of
            // Serilog.AspNetCore.RequestLoggingMiddleware in the Serilog section to see them all.
            options.GetLevel = (http, _, error) =>
                error is not null || http.Response.StatusCode >= 500 ? LogEventLevel.Error
                : http.Response.StatusCode >= 400 ? LogEventLevel.Information
                : http.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal) || http.Request.Path.StartsWithSegments("/metrics", StringComparison.Ordinal) ? LogEventLevel.Verbose
                : LogEventLevel.Debug;
        });

    /// <summary>The problem with <c>Gateway:Logging:Format</c>, for the configuration check; null when it is usable.</summary>
    public static string? FormatProblem(IConfiguration configuration) => configuration[FormatKey]?.Trim().ToLowerInvariant() switch
    {
        null or "" or "text" or "json" => null,
        var other => $"{FormatKey}: '{other}' is not a log format; use text or json.",
    };

    private static bool Format(IConfiguration configuration) => FormatProblem(configuration) is { } problem
        ? throw new ArgumentException(problem)
        : configuration[FormatKey]?.Trim().Equals("json", StringComparison.OrdinalIgnoreCase) == true;
}
