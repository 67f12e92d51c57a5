using Gateway.Host.Tests.Support;

namespace Gateway.Host.Tests.Hosting;

public sealed class GatewayStartupTests
{
    [Fact]
    public async Task Start_BeforeAnyMessage_LogsTheSchemaPacksAndBothPipelineOrders()
    {
        string log;
        await using (var env = await RunningGateway.StartAsync())
        {
            await env.StopGatewayAsync();
            log = string.Join(Environment.NewLine, Directory.GetFiles(env.LogDirectory).Select(File.ReadAllText));
        }

        Assert.Contains("Schema packs loaded from", log, StringComparison.Ordinal);
        Assert.Contains("ijw 3.2 (14 messages)", log, StringComparison.Ordinal);
        Assert.Contains("iwmo 3.2 (14 messages)", log, StringComparison.Ordinal);
        var inbound = log.IndexOf("pipeline runs: ClassifyMessage", StringComparison.Ordinal);
        Assert.True(inbound >= 0, "the inbound pipeline's order is not in the log");
        Assert.Equal(2, CountOf(log, "pipeline runs:"));
        Assert.Contains("CheckLedger", log[inbound..], StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
