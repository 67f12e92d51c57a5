namespace Gateway.Routing.Figures;

/// <summary>The cells of one report while the facts stream past: created on first use, read back in report order.</summary>
internal sealed class FigureCells<TKey, TCell>(Comparison<TKey> order)
    where TKey : notnull
    where TCell : new()
{
    private readonly Dictionary<TKey, TCell> _cells = [];

    /// <summary>The cell, created empty when new.</summary>
    public TCell this[TKey key]
    {
        get
        {
            if (!_cells.TryGetValue(key, out var cell))
            {
                cell = new TCell();
                _cells.Add(key, cell);
            }

            return cell;
        }
    }

    /// <summary>Every cell, sorted by its key.</summary>
    public IEnumerable<(TKey Key, TCell Cell)> Sorted()
    {
        var keys = _cells.Keys.ToArray();
        Array.Sort(keys, order);
        return keys.Select(k => (k, _cells[k]));
    }
}
