using Gateway.Routing.Reference;

namespace Gateway.Routing.Figures;

/// <summary>
/// Gemeentecodes as the figures show them: the code that stands for a recorded code today (a code that ceased in a
/// merger counts under its successor, <see cref="ReferenceData.CurrentCode"/>); a code the reference data does not
/// know, or that ceased without successor, stands for itself.
/// </summary>
internal sealed class GemeenteCodes(ReferenceData reference, DateOnly today)
{
    private readonly Dictionary<string, string> _current = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, string> _merged = new(StringComparer.Ordinal);

    /// <summary>The mergers that moved facts of this report to another code (recorded → current), for the notes.</summary>
    public IReadOnlyDictionary<string, string> Merged => _merged;

    /// <summary>The current code of a recorded one.</summary>
    public string Current(string code)
    {
        if (!_current.TryGetValue(code, out var current))
        {
            current = reference.CurrentCode(code, today) ?? code;
            _current.Add(code, current);
            if (current != code)
            {
                _merged.Add(code, current);
            }
        }

        return current;
    }

    /// <summary>Every code the ledger may have recorded facts of these current codes under: the codes and their predecessors.</summary>
    public IReadOnlyCollection<string> RecordedAs(IReadOnlySet<string> currentCodes)
    {
        var recorded = new SortedSet<string>(currentCodes, StringComparer.Ordinal);
        foreach (var gemeente in reference.Gemeenten)
        {
            if (currentCodes.Contains(reference.CurrentCode(gemeente.Code, today) ?? gemeente.Code))
            {
                recorded.Add(gemeente.Code);
            }
        }

        return recorded;
    }
}
