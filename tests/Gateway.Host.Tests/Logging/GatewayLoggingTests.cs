using System.Text.Json;
using Gateway.Host.Logging;
using Gateway.Host.Tests.Support;
using Gateway.Routing.Precheck;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Serilog;

namespace Gateway.Host.Tests.Logging;

/// <summary>The log file in its folder as text or compact JSON, with ISO 8601 timestamps, and a BSN-like property masked before any sink.</summary>
public sealed partial class GatewayLoggingTests : IDisposable
{
    private const string Bsn = "731520142";
    private readonly string _directory = Directory.CreateTempSubdirectory("gateway-logging-").FullName;

    [Fact]
    public void JsonFormat_CompactJsonLinesWithIsoTimestamp_BsnMasked()
    {
        var lines = LogOneEvent("json");

        var line = Assert.Single(lines, l => l.Contains("probe", StringComparison.Ordinal));
        var json = JsonDocument.Parse(line).RootElement;
        Assert.True(DateTimeOffset.TryParse(json.GetProperty("@t").GetString(), System.Globalization.CultureInfo.InvariantCulture, out _));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}", json.GetProperty("@t").GetString()!);
        Assert.Equal("file 0363-*********.xml", json.GetProperty("Name").GetString());
        Assert.DoesNotContain(Bsn, line, StringComparison.Ordinal);
    }

    [Fact]
    public void TextFormat_IsoTimestampFirst_BsnMasked()
    {
        var line = Assert.Single(LogOneEvent(null), l => l.Contains("probe", StringComparison.Ordinal));

        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d+[+-]\d{2}:\d{2} \[INF\]", line);
        Assert.DoesNotContain(Bsn, line, StringComparison.Ordinal);
        Assert.Contains("*********", line, StringComparison.Ordinal);
    }

    [Fact]
    public void TextFormat_DatesLoggedThroughMicrosoftLogging_IsoNotInvariantCulture()
    {
        using (var serilog = GatewayLogging.CreateLogger(Configuration(null)))
        using (var factory = LoggerFactory.Create(logging => logging.AddSerilog(serilog)))
        {
            factory.CreateLogger("probe").LogWarning("dates {Deadline} {NextAttemptAt}", new DateOnly(2026, 12, 16), new DateTimeOffset(2026, 12, 16, 9, 30, 0, TimeSpan.Zero));
        }

        var line = Assert.Single(File.ReadAllLines(Assert.Single(Directory.GetFiles(_directory, "gateway-*.log"))), l => l.Contains("dates", StringComparison.Ordinal));
        Assert.Matches(@"dates ""?2026-12-16""? ""?2026-12-16[T ]09:30:00", line);
        Assert.DoesNotContain("12/16/2026", line, StringComparison.Ordinal);
    }

    [Fact]
    public void TextFormat_EventInAPrecheckScope_MarkedBeforeTheMessageOthersNot()
    {
        using (var serilog = GatewayLogging.CreateLogger(Configuration(null)))
        using (var factory = LoggerFactory.Create(logging => logging.AddSerilog(serilog)))
        {
            var logger = factory.CreateLogger("probe");
            using (logger.BeginScope(new Dictionary<string, object> { [MessagePrecheck.LogScope] = true }))
            {
                logger.LogInformation("325 held for message {MessageId}", 7);
            }

            logger.LogInformation("325 held for message {MessageId}", 8);
        }

        var lines = File.ReadAllLines(Assert.Single(Directory.GetFiles(_directory, "gateway-*.log")));
        Assert.Contains(lines, l => l.Contains(" probe " + PrecheckEnricher.Mark + "325 held for message 7 ", StringComparison.Ordinal));
        var real = Assert.Single(lines, l => l.Contains("325 held for message 8", StringComparison.Ordinal));
        Assert.Contains(" probe 325 held for message 8 ", real, StringComparison.Ordinal);
        Assert.DoesNotContain("PRECHECK", real, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownFormat_OneLineNamingTheKey()
    {
        var error = Assert.Throws<ArgumentException>(() => GatewayLogging.CreateLogger(Configuration("xml")));
        Assert.Equal("Gateway:Logging:Format: 'xml' is not a log format; use text or json.", error.Message);
    }

    [Fact]
    public async Task RequestLogging_RefusedRequest_OneLineWithThePathNeverTheQueryString()
    {
        await using var env = await RunningGateway.StartAsync();
        using var refused = await env.Http.GetAsync($"api/operator/queue?destination={Bsn}");
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, refused.StatusCode);
        await env.StopGatewayAsync();

        var text = string.Join("\n", Directory.GetFiles(env.LogDirectory, "gateway-*.log").Select(ReadShared));
        Assert.True(RequestLine().IsMatch(text), "no request line in: " + text);
        Assert.DoesNotContain(Bsn, text, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [System.Text.RegularExpressions.GeneratedRegex(@"\[INF\] Serilog\.AspNetCore\.RequestLoggingMiddleware HTTP GET /api/operator/queue responded 401 in \d+\.\d ms")]
    private static partial System.Text.RegularExpressions.Regex RequestLine();

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private string[] LogOneEvent(string? format)
    {
        using (var logger = GatewayLogging.CreateLogger(Configuration(format)))
        {
            logger.Information("probe {Name}", $"file 0363-{Bsn}.xml");
        }

        var file = Assert.Single(Directory.GetFiles(_directory, "gateway-*.log"));
        return File.ReadAllLines(file);
    }

    private IConfiguration Configuration(string? format) => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        [GatewayLogging.LogDirectoryKey] = _directory,
        [GatewayLogging.FormatKey] = format,
        [GatewayLogging.ConsoleLevelKey] = "Fatal",
    }).Build();
}
