using System.Diagnostics;
using Gateway.Host.Tests.Support;

namespace Gateway.Host.Tests.EndToEnd;

/// <summary>`gateway demo --exit` as an operator starts it: runs, prints its summary, exits 0.</summary>
public sealed class DemoTests
{
    [Fact]
    public async Task Demo_WithExit_PrintsSummaryAndExits0()
    {
        var directory = Path.Combine(Path.GetTempPath(), "gateway-demo-test-" + Guid.NewGuid().ToString("N")[..8]);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "gateway.dll"), "demo", "--seconds", "12", "--port", "0", "--clients", "80", "--exit", "--dir", directory })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        var text = await output;
        _ = await error;

        Assert.Equal(0, process.ExitCode);
        Assert.Contains("Demo summary", text, StringComparison.Ordinal);
        Assert.Contains("received from the hub", text, StringComparison.Ordinal);
        Assert.Contains("dead-lettered", text, StringComparison.Ordinal);
        Assert.Contains("hub outage", text, StringComparison.Ordinal);
        Assert.Contains("answers sent, per retourcode", text, StringComparison.Ordinal);

        // Contracts: the shipped register, and only the deliberate contract outcomes; the rest of the traffic is
        // coherent with the ledger (no start for an unknown toewijzing, no tariff or volume off the contract).
        Assert.Contains("  contract register            32 contracts (21 inspanningsgericht, 8 outputgericht, 3 taakgericht), 4 ceilings (2 warn, 2 hold)", text, StringComparison.Ordinal);
        var rules = RuleLines(text);
        Assert.Contains("CT01 S329", rules.Keys);
        Assert.All(rules, r => Assert.Contains(r.Key, new[] { "CT01 S329", "CT03 S329", "TR418 0611" }));
        Assert.All(rules.Values, count => Assert.True(count > 0));

        // Ceilings: counted from the ceiling and held-325 events (zero until ceiling tracking raises them).
        Assert.Matches(@"  ceiling thresholds reached +\d+", text);
        Assert.Matches(@"  325s held for the back office *\d+", text);
        Assert.Matches(@"  held 325s released +\d+", text);
        Assert.Matches(@"  held 325s replaced +\d+", text);
        Directory.Delete(directory, recursive: true);
    }

    /// <summary>The "rule retourcode → count" lines of the summary's rejections per rule.</summary>
    private static Dictionary<string, long> RuleLines(string summary)
    {
        var lines = summary.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var start = lines.FindIndex(l => l.Contains("level-3/4 rejections per rule and retourcode", StringComparison.Ordinal));
        Assert.True(start >= 0, "the summary has no rejections per rule");
        return lines.Skip(start + 1)
            .TakeWhile(l => l.StartsWith("    ", StringComparison.Ordinal) && l.Trim() != "none")
            .Select(l => l.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(parts => parts[0] + " " + parts[1], parts => long.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture));
    }
}
