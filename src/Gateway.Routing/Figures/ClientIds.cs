namespace Gateway.Routing.Figures;

/// <summary>
/// Numbers the keyed client hashes of one report, so that a cell's distinct clients are a set of ints rather than of
/// 64-character strings: a region's year holds some 50,000 clients but hundreds of thousands of (cell, client) pairs.
/// </summary>
internal sealed class ClientIds
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    /// <summary>The number of a client hash, the same for every fact of that client.</summary>
    public int Of(string clientId)
    {
        if (!_ids.TryGetValue(clientId, out var id))
        {
            id = _ids.Count;
            _ids.Add(clientId, id);
        }

        return id;
    }
}
