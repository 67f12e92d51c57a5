namespace Gateway.Routing.Figures;

/// <summary>
/// The lead times of one cell and trajectory: finished ones with their days and whether they kept the deadline, open
/// ones, and (for 323 → 325) the declarations already counted, as a 323 has many prestaties.
/// </summary>
internal sealed class DoorlooptijdCell
{
    private readonly HashSet<int> _clienten = [];
    private readonly List<int> _dagen = [];
    private HashSet<long>? _declaraties;
    private long _open;
    private long _judged;
    private long _withinTerm;

    public long Clients => _clienten.Count;

    public void AddClient(int client) => _clienten.Add(client);

    /// <summary>True the first time a declaration is seen in this cell.</summary>
    public bool IsNew(long declaratieMessageId) => (_declaraties ??= []).Add(declaratieMessageId);

    /// <summary>A finished lead time; <paramref name="withinTerm"/> null when it cannot be judged (no receipt time).</summary>
    public void Finished(int client, int days, bool? withinTerm)
    {
        _clienten.Add(client);
        _dagen.Add(days);
        Judge(withinTerm);
    }

    /// <summary>An open one; one whose deadline has passed counts as not within the term.</summary>
    public void Open(int client, bool overdue)
    {
        _clienten.Add(client);
        _open++;
        Judge(overdue ? false : null);
    }

    public object?[] Values(FigureKey key, string traject, string termijn) => key.Row(
        traject, termijn, (long)_dagen.Count, _open, FigureArithmetic.Average(_dagen), FigureArithmetic.Median(_dagen), FigureArithmetic.Percent(_withinTerm, _judged));

    private void Judge(bool? withinTerm)
    {
        if (withinTerm is { } within)
        {
            _judged++;
            _withinTerm += within ? 1 : 0;
        }
    }
}
