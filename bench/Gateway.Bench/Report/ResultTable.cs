using System.Globalization;
using System.Text;
using Gateway.Bench.Measure;

namespace Gateway.Bench.Report;

/// <summary>The figures as a plain-text or Markdown table, followed by how each row was measured.</summary>
internal static class ResultTable
{
    private static readonly string[] Header = ["#", "Scenario", "Engine", "Docs", "MB", "Time s", "msg/s", "MB/s", "Peak MB", "Alloc KB/doc"];

    public static string Render(Machine machine, IReadOnlyList<Figures> rows, IReadOnlyList<string> extra, bool markdown)
    {
        var cells = rows.Select((f, i) => new[]
        {
            (i + 1).ToString(CultureInfo.InvariantCulture),
            f.Scenario,
            f.Engine,
            f.Messages.ToString("N0", CultureInfo.InvariantCulture),
            (f.Bytes / 1_000_000.0).ToString("F1", CultureInfo.InvariantCulture),
            f.Seconds.ToString("F3", CultureInfo.InvariantCulture),
            f.Messages > 1 ? f.MessagesPerSecond.ToString("N0", CultureInfo.InvariantCulture) : "–",
            f.MegabytesPerSecond.ToString("F1", CultureInfo.InvariantCulture),
            f.PeakBytes is { } p ? (p / 1_000_000.0).ToString("F0", CultureInfo.InvariantCulture) : "–",
            f.AllocatedPerMessage is { } a ? (a / 1024.0).ToString("N1", CultureInfo.InvariantCulture) : "–",
        }).ToList();

        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Machine: {machine.Cpu}, {machine.Cores} cores, {machine.Os}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Runtime: {machine.Runtime}, {machine.Gc}; {machine.Xmllint}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Load average (1/5/15 min) at the end: {machine.LoadAverage}");
        text.AppendLine();
        TextTable.Append(text, Header, cells, textColumns: 3, markdown);

        text.AppendLine();
        for (var i = 0; i < rows.Count; i++)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{(markdown ? "- " : string.Empty)}{i + 1}. {rows[i].Note}");
        }

        foreach (var line in extra)
        {
            text.AppendLine((markdown ? "- " : string.Empty) + line);
        }

        return text.ToString();
    }
}
