namespace Gateway.Routing.Figures;

/// <summary>The rejected prestaties of one cell and reason.</summary>
internal sealed class AfwijzingCell
{
    private readonly HashSet<int> _clienten = [];
    private long _prestaties;
    private long _afgewezen;

    public long Clients => _clienten.Count;

    public void Add(int client, long bedrag)
    {
        _clienten.Add(client);
        _prestaties++;
        _afgewezen += bedrag;
    }

    public object?[] Values(FigureKey key, string? retourCode, string? regel) =>
        key.Row(retourCode, regel, _prestaties, (long)_clienten.Count, _afgewezen);
}
