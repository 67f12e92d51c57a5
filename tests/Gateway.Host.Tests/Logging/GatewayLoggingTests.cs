using System.Text.Json;
using Gateway.Host.Logging;
using Microsoft.Extensions.Configuration;
using Serilog;

namespace Gateway.Host.Tests.Logging;

/// <summary>The log file in its folder as text or compact JSON, with ISO 8601 timestamps, and a BSN-like property masked before any sink.</summary>
public sealed class GatewayLoggingTests : IDisposable
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
    public void UnknownFormat_OneLineNamingTheKey()
    {
        var error = Assert.Throws<ArgumentException>(() => GatewayLogging.CreateLogger(Configuration("xml")));
        Assert.Equal("Gateway:Logging:Format: 'xml' is not a log format; use text or json.", error.Message);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

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
