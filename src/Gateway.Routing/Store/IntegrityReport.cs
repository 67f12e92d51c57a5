namespace Gateway.Routing.Store;

/// <summary>Result of the store's integrity check; <see cref="Problems"/> is empty when all is well.</summary>
public sealed record IntegrityReport(IReadOnlyList<string> Problems)
{
    /// <summary>True when no problem was found.</summary>
    public bool IsOk => Problems.Count == 0;
}
