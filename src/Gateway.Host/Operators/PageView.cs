using Gateway.Routing.Store;

namespace Gateway.Host.Operators;

/// <summary>Every list of the API: its items, how many match in all, and the cursor of the next page (null on the last).</summary>
internal sealed record PageView<T>(IReadOnlyList<T> Items, long Total, string? Next)
{
    public static PageView<T> From<TItem>(Page<TItem> page, Func<TItem, T> map) => new([.. page.Items.Select(map)], page.Total, page.Next?.ToString());
}
