using System.Globalization;
using System.Text;
using Gateway.Bench.Report;

namespace Gateway.Bench.Conformance;

/// <summary>The counts of a conformance run: exact agreement, false accepts and rejects, and the codes behind the rest.</summary>
internal sealed class Tally
{
    private readonly Dictionary<string, (int XsltOnly, int OursOnly)> _byCode = new(StringComparer.Ordinal);

    public int Total { get; private set; }

    public int RefusedAtLevel1 { get; set; }

    public int Exact { get; private set; }

    public int ExactApartFromKept { get; private set; }

    /// <summary>The XSLT reports a code, we report none: a message we would accept that the XSLT rejects.</summary>
    public int FalseAccepts { get; private set; }

    /// <summary>We report a code, the XSLT none.</summary>
    public int FalseRejects { get; private set; }

    public int FalseAcceptsApartFromKept { get; private set; }

    public int FalseRejectsApartFromKept { get; private set; }

    /// <summary>Counts one message; true when the two code sets are equal.</summary>
    public bool Add(SortedSet<string> ours, SortedSet<string> theirs, IReadOnlyCollection<string> kept)
    {
        Total++;
        var exact = ours.SetEquals(theirs);
        Exact += exact ? 1 : 0;
        FalseAccepts += ours.Count == 0 && theirs.Count > 0 ? 1 : 0;
        FalseRejects += ours.Count > 0 && theirs.Count == 0 ? 1 : 0;

        var oursApart = ours.Where(c => !kept.Contains(c)).ToHashSet(StringComparer.Ordinal);
        var theirsApart = theirs.Where(c => !kept.Contains(c)).ToHashSet(StringComparer.Ordinal);
        ExactApartFromKept += oursApart.SetEquals(theirsApart) ? 1 : 0;
        FalseAcceptsApartFromKept += oursApart.Count == 0 && theirsApart.Count > 0 ? 1 : 0;
        FalseRejectsApartFromKept += oursApart.Count > 0 && theirsApart.Count == 0 ? 1 : 0;

        foreach (var code in theirs.Except(ours))
        {
            _byCode[code] = _byCode.GetValueOrDefault(code) with { XsltOnly = _byCode.GetValueOrDefault(code).XsltOnly + 1 };
        }

        foreach (var code in ours.Except(theirs))
        {
            _byCode[code] = _byCode.GetValueOrDefault(code) with { OursOnly = _byCode.GetValueOrDefault(code).OursOnly + 1 };
        }

        return exact;
    }

    public string Render(bool markdown)
    {
        var text = new StringBuilder();
        text.AppendLine(Line("messages compared (examples and schema-valid mutants)", Total));
        text.AppendLine(Line("mutants refused at level 1 (not counted)", RefusedAtLevel1));
        text.AppendLine(Line("exact level-2 code-set agreement", Exact, Total));
        text.AppendLine(Line("  false accepts (XSLT rejects, we accept)", FalseAccepts));
        text.AppendLine(Line("  false rejects (we reject, XSLT accepts)", FalseRejects));
        text.AppendLine(Line("agreement with the kept differences set aside (" + string.Join(", ", ConformanceRun.KeptDifferences) + ")", ExactApartFromKept, Total));
        text.AppendLine(Line("  false accepts", FalseAcceptsApartFromKept));
        text.AppendLine(Line("  false rejects", FalseRejectsApartFromKept));
        text.AppendLine();
        var rows = _byCode.OrderByDescending(kv => kv.Value.XsltOnly + kv.Value.OursOnly).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new[]
            {
                kv.Key,
                kv.Value.XsltOnly.ToString(CultureInfo.InvariantCulture),
                kv.Value.OursOnly.ToString(CultureInfo.InvariantCulture),
            })
            .ToList();
        if (rows.Count == 0)
        {
            text.AppendLine("No disagreement on any code.");
        }
        else
        {
            TextTable.Append(text, ["code", "XSLT only", "ours only"], rows, textColumns: 1, markdown);
        }

        return text.ToString();
    }

    private static string Line(string label, int count) => string.Create(CultureInfo.InvariantCulture, $"{label}: {count}");

    private static string Line(string label, int count, int total) => string.Create(
        CultureInfo.InvariantCulture,
        $"{label}: {count} of {total} ({(total == 0 ? 0 : 100.0 * count / total):0.00} %)");
}
