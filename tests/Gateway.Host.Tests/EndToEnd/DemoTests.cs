using Gateway.Host.Tests.Support;

namespace Gateway.Host.Tests.EndToEnd;

/// <summary>`gateway demo --exit` as an operator starts it: runs, prints its summary, exits 0.</summary>
public sealed class DemoTests
{
    [Fact]
    public async Task Demo_WithExit_PrintsSummaryAndExits0()
    {
        var directory = Path.Combine(Path.GetTempPath(), "gateway-demo-test-" + Guid.NewGuid().ToString("N")[..8]);
        // The run is sized by rounds of traffic, not by the clock; ProcessRun's timeout only guards against a hang.
        var run = await ProcessRun.StartAsync("dotnet", RepoPaths.Root, null, Path.Combine(AppContext.BaseDirectory, "gateway.dll"), "demo", "--rounds", "100", "--port", "0", "--clients", "80", "--exit", "--dir", directory);
        var text = run.Out;

        Assert.True(run.ExitCode == 0, $"the demo exited {run.ExitCode}: {run.Error}");
        Assert.Contains("Demo summary", text, StringComparison.Ordinal);
        Assert.Matches(@"The console: open http://127\.0\.0\.1:\d+/console in a browser and sign in as operator with key \S+", text);
        Assert.Contains("received from the hub", text, StringComparison.Ordinal);
        Assert.Contains("dead-lettered", text, StringComparison.Ordinal);
        // One back office refuses the first start it is sent for good: a dead letter to practise replay with.
        Assert.True(Count(text, @"\n  dead-lettered +(\d+)") >= 1, "the demo left no dead letter to practise replay with");
        Assert.Matches(@"\n    to practise replay: delivery (\d+) → backoffice:\d{4} \([^)]*400[^)]*\): `gateway queue replay \1`\n", text);
        Assert.Contains("hub outage", text, StringComparison.Ordinal);
        Assert.Contains("answers sent, per retourcode", text, StringComparison.Ordinal);

        // The release freeze (IB103 from the simulator, rounds 65 to 80): hub deliveries are held without spending
        // attempts, released once a probe is accepted after it (the probe itself is delivered, not released), and none
        // of them is dead-lettered.
        Assert.Contains("release freeze at the hub (IB103) for 15 rounds", text, StringComparison.Ordinal);
        var freeze = System.Text.RegularExpressions.Regex.Match(text, @"\n  release freeze \(IB103\): (\d+) deliveries held, (\d+) released after it, (\d+) dead-lettered");
        Assert.True(freeze.Success, "the summary has no release freeze line");
        var (frozen, thawed, lost) = (long.Parse(freeze.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), long.Parse(freeze.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), long.Parse(freeze.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(frozen >= 1, "no delivery held by the release freeze");
        Assert.True(thawed >= 1 && thawed + 1 >= frozen, $"{frozen} deliveries held but only {thawed} released");
        Assert.Equal(0, lost);

        // The sender map: the demo's made-up zender (Fo03) and a provider sending as another (Fo01) are both refused.
        Assert.True(Count(text, @"  refused senders \(Fo03/Fo01\) +(\d+)") >= 2, "the demo's forged senders were not refused");

        // Contracts: the shipped register, and only the deliberate contract outcomes; the rest of the traffic is
        // coherent with the ledger (no start for an unknown toewijzing, no tariff or volume off the contract).
        Assert.Contains("  contract register            32 contracts (21 inspanningsgericht, 8 outputgericht, 3 taakgericht), 4 ceilings (2 warn, 2 hold)", text, StringComparison.Ordinal);
        var rules = RuleLines(text);
        Assert.Contains("CT01 S329", rules.Keys);
        Assert.All(rules, r => Assert.Contains(r.Key, new[] { "CT01 S329", "CT03 S329", "TR418 0611" }));
        Assert.All(rules.Values, count => Assert.True(count > 0));

        // Every code the summary prints (rules, and retourcodes of the rejections and of the answers) is explained.
        var printed = rules.Keys.SelectMany(rule => rule.Split(' '))
            .Concat(System.Text.RegularExpressions.Regex.Matches(text, @"\n    retourcode (\S+) ").Select(m => m.Groups[1].Value))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.Contains("CT01", printed);
        Assert.Contains("0200", printed);
        Assert.All(printed, code => Assert.Equal((code, 0), (code, GatewayCli.Run("explain", code).ExitCode)));

        // Ceilings: the sample's PL-2026-REGIO-AMBULANT (hold, EUR 450) is reached (80 %) by the first granted iJw 323
        // with 45A48 care (EUR 394) and would be exceeded by the next, whose 325 is held. Of every three held 325s the
        // demo's back offices release the first over the back-office API (a release grants its prestaties: over 100 %),
        // replace the second with their own 325 through the back-office message API, and leave the third waiting. At
        // the end of the traffic the providers declare all care not declared yet and, once those 323s reached the back
        // offices, the back offices take closing rounds until nothing is left to decide, so a 100-round run has these
        // outcomes on a fast or a loaded machine: one held 325 is released, a second one is replaced. How many are held
        // depends on the random traffic, so counts beyond that are not asserted; every held 325 ends released, replaced
        // or waiting.
        Assert.True(Count(text, @"  ceiling thresholds reached +(\d+)") >= 1, "no ceiling threshold reached");
        var held = Count(text, @"  325s held for the back office *(\d+)");
        var released = Count(text, @"  held 325s released +(\d+)");
        var replaced = Count(text, @"  held 325s replaced +(\d+)");
        Assert.True(held >= 1, "no 325 held");
        Assert.True(released >= 1, "no held 325 released");
        Assert.True(held < 2 || replaced >= 1, $"{held} 325s held but none replaced");
        Assert.Matches(@"    PL-2026-REGIO-AMBULANT +hold 2026 +€[\d,.]+ of +€450\.00 +\d+ %  reached: 80 %, 100 %", text);
        Assert.Matches(@"    PL-2026-REGIO-GGZ +warn 2026 +€[\d,.]+ of +€1,000\.00 +\d+ %  reached: ", text);
        Assert.Matches(@"    PL-2026-VERBLIJF +hold 2026 +€0\.00 of +€25,000\.00 +0 %  reached: none", text);
        Assert.Matches(@"    PL-2026-98031234 +warn 2026 ", text);
        var waiting = Count(text, @"  held 325s still waiting +(\d+)");
        Assert.Equal(held, released + replaced + waiting);
        Assert.Equal(waiting, System.Text.RegularExpressions.Regex.Matches(text, @"    325 message \d+: gemeente \d{4}[^,]*, aanbieder \d{8}[^,]*, declaratie \S+, deadline \d{4}-\d{2}-\d{2} \(\d+ working days\)").Count);
        Directory.Delete(directory, recursive: true);
    }

    /// <summary>The number a summary line ends with.</summary>
    private static long Count(string summary, string pattern)
    {
        var match = System.Text.RegularExpressions.Regex.Match(summary, pattern);
        Assert.True(match.Success, $"the summary has no line matching {pattern}");
        return long.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
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
