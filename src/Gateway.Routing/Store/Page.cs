namespace Gateway.Routing.Store;

/// <summary>One page of a list: its items, how many match in all, and the cursor of the next page (null on the last).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, long Total, PageCursor? Next);
