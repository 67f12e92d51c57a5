using System.Diagnostics;
using System.Globalization;
using Gateway.Messages.Model;
using Gateway.Messages.Rules;

namespace Gateway.Bench.Measure;

/// <summary>Time and allocation of each level-2 rule on one message (warm), to name the rules that dominate level 2.</summary>
internal static class RuleBreakdown
{
    public static string Render(string file, int top, bool markdown)
    {
        var bericht = BerichtReader.Read(File.ReadAllBytes(file));
        var rows = new List<(string Code, double Seconds, long Allocated)>();
        foreach (var rule in Level2Validator.Default.Rules.Where(r => r.AppliesTo.Contains(bericht.Code)))
        {
            _ = rule.Check(bericht).Count(); // warm-up
            var before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            var violations = rule.Check(bericht).Count();
            rows.Add((rule.Code + (violations > 0 ? $" ({violations} violations!)" : string.Empty), watch.Elapsed.TotalSeconds, GC.GetAllocatedBytesForCurrentThread() - before));
        }

        var lines = new List<string>
        {
            markdown ? $"| Level-2 rule ({rows.Count} apply to this message; top {top} by time) | ms | MB allocated |" : $"Level-2 rule ({rows.Count} apply; top {top} by time)        ms   MB allocated",
        };
        if (markdown)
        {
            lines.Add("|---|---:|---:|");
        }

        foreach (var (code, seconds, allocated) in rows.OrderByDescending(r => r.Seconds).Take(top))
        {
            lines.Add(markdown
                ? string.Create(CultureInfo.InvariantCulture, $"| {code} | {seconds * 1000:F1} | {allocated / 1_000_000.0:F1} |")
                : string.Create(CultureInfo.InvariantCulture, $"{code,-40} {seconds * 1000,8:F1} {allocated / 1_000_000.0,14:F1}"));
        }

        var (total, totalMb) = (rows.Sum(r => r.Seconds) * 1000, rows.Sum(r => r.Allocated) / 1_000_000.0);
        lines.Add(markdown
            ? string.Create(CultureInfo.InvariantCulture, $"| all {rows.Count} rules | {total:F1} | {totalMb:F1} |")
            : string.Create(CultureInfo.InvariantCulture, $"{"all " + rows.Count + " rules",-40} {total,8:F1} {totalMb,14:F1}"));
        return string.Join(Environment.NewLine, lines) + Environment.NewLine;
    }
}
