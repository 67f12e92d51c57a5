using System.Text.Json.Nodes;
using Gateway.Host.Reports;
using Gateway.Host.Tests.Support;

namespace Gateway.Host.Tests.Reports;

/// <summary>Gateway:Reports: the minimum of clients a row of an outside export must count.</summary>
public sealed class ReportsOptionsValidatorTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "gateway-reports-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public void Validate_Default_FiveAndValid()
    {
        var options = new ReportsOptions();

        Assert.Equal(5, options.MinimumClients);
        Assert.True(new ReportsOptionsValidator().Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(0, false)]
    [InlineData(-3, false)]
    public void Validate_MinimumClients_AtLeastOne(int minimum, bool valid)
    {
        Assert.Equal(valid, new ReportsOptionsValidator().Validate(null, new ReportsOptions { MinimumClients = minimum }).Succeeded);
    }

    [Theory]
    [InlineData("0", "  - Gateway:Reports:MinimumClients must be at least 1 (now 0)")]
    [InlineData("vijf", "  - Gateway:Reports:MinimumClients: 'vijf' is not a whole number.")]
    public void ConfigCheck_MinimumClientsUnusable_ListedWithItsFullKey(string value, string expected)
    {
        var config = SampleConfig.Write(_directory, root =>
        {
            SampleConfig.OwnKeys(root);
            root["Gateway"]!["Reports"] = new JsonObject { ["MinimumClients"] = value };
        });

        var check = GatewayCli.Run("config", "check", "--config", config);

        Assert.Equal(2, check.ExitCode);
        Assert.Contains(check.OutLines, l => l.StartsWith(expected, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
