using System.Text;

namespace Gateway.Bench.Report;

/// <summary>Rows of cells as a Markdown table or as aligned plain text: the first columns left-aligned, the numbers right-aligned.</summary>
internal static class TextTable
{
    public static void Append(StringBuilder text, IReadOnlyList<string> header, IReadOnlyList<string[]> cells, int textColumns, bool markdown)
    {
        if (markdown)
        {
            text.AppendLine("| " + string.Join(" | ", header) + " |");
            text.AppendLine("|" + string.Concat(header.Select((_, i) => i < textColumns ? "---|" : "---:|")));
            foreach (var row in cells)
            {
                text.AppendLine("| " + string.Join(" | ", row) + " |");
            }

            return;
        }

        var widths = header.Select((h, i) => Math.Max(h.Length, cells.Count == 0 ? 0 : cells.Max(r => r[i].Length))).ToArray();
        string Line(IReadOnlyList<string> r) => string.Join("  ", r.Select((c, i) => i < textColumns ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))).TrimEnd();
        text.AppendLine(Line(header));
        text.AppendLine(new string('-', widths.Sum() + (2 * (widths.Length - 1))));
        foreach (var row in cells)
        {
            text.AppendLine(Line(row));
        }
    }
}
