using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Events;

namespace Gateway.Host.Logging;

/// <summary>Serilog to console and a rolling file, overridable through the <c>Serilog</c> configuration section.</summary>
internal static class GatewayLogging
{
    public const string DefaultFileName = "gateway-.log";
    public const string LogDirectoryKey = "Gateway:Logging:Directory";
    public const string ConsoleLevelKey = "Gateway:Logging:ConsoleLevel";

    public static Serilog.Core.Logger CreateLogger(IConfiguration configuration)
    {
        var directory = configuration[LogDirectoryKey] ?? "logs";
        var consoleLevel = Enum.TryParse<LogEventLevel>(configuration[ConsoleLevelKey], ignoreCase: true, out var level) ? level : LogEventLevel.Information;
        var loggerConfiguration = new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
            .MinimumLevel.Override("Quartz", LogEventLevel.Warning)
            .Enrich.FromLogContext();

        // Sinks come from configuration when it names any; otherwise console plus a daily rolling file.
        if (configuration.GetSection("Serilog:WriteTo").Exists())
        {
            loggerConfiguration.ReadFrom.Configuration(configuration);
        }
        else
        {
            loggerConfiguration.ReadFrom.Configuration(configuration)
                .WriteTo.Console(
                    outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}",
                    standardErrorFromLevel: LogEventLevel.Verbose,
                    restrictedToMinimumLevel: consoleLevel)
                .WriteTo.File(
                    Path.Combine(directory, DefaultFileName),
                    rollingInterval: RollingInterval.Day,
                    retainedFileCountLimit: 31,
                    outputTemplate: "{Timestamp:o} [{Level:u3}] {SourceContext} {Message:lj} {Properties:j}{NewLine}{Exception}");
        }

        return loggerConfiguration.CreateLogger();
    }

    /// <summary>Replaces the default providers with Serilog; the logger is disposed (and flushed) with the host.</summary>
    public static ILoggingBuilder UseGatewayLogging(this ILoggingBuilder logging, IConfiguration configuration)
    {
        logging.ClearProviders();
        logging.AddSerilog(CreateLogger(configuration), dispose: true);
        return logging;
    }
}
