namespace Gateway.Routing.Ledger;

/// <summary>No merger is known: every gemeentecode stands for itself (a ledger composed without reference data).</summary>
public sealed class NoGemeenteMergers : IGemeenteMergers
{
    /// <summary>The one instance.</summary>
    public static NoGemeenteMergers Instance { get; } = new();

    /// <inheritdoc />
    public IReadOnlyList<string> JoinedCodes(string gemeentecode) => [gemeentecode];

    /// <inheritdoc />
    public bool MergedOutsideRegion(string gemeentecode) => false;
}
