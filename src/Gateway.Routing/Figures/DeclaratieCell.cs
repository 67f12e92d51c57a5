namespace Gateway.Routing.Figures;

/// <summary>The sums of one declaraties cell; every amount signed (a credit subtracts) except debet and credit themselves.</summary>
internal sealed class DeclaratieCell
{
    private readonly HashSet<int> _clienten = [];
    private long _prestaties;
    private long _debet;
    private long _credit;
    private long _toegekend;
    private long _afgewezen;
    private long _aangehouden;

    public long Clients => _clienten.Count;

    public void Add(int client, long bedrag, FigureState state)
    {
        _clienten.Add(client);
        _prestaties++;
        if (bedrag < 0)
        {
            _credit -= bedrag;
        }
        else
        {
            _debet += bedrag;
        }

        switch (state)
        {
            case FigureState.Granted: _toegekend += bedrag; break;
            case FigureState.Rejected: _afgewezen += bedrag; break;
            default: _aangehouden += bedrag; break;
        }
    }

    public object?[] Values(FigureKey key) =>
        key.Row(_prestaties, (long)_clienten.Count, _debet, _credit, _debet - _credit, _toegekend, _afgewezen, _aangehouden);
}
