namespace Gateway.Routing.Ledger;

/// <summary>
/// Which gemeentecodes the ledger treats as one gemeente: after a municipal merger the ceased code's history is joined
/// to its successor's, so a lookup by either code finds the facts recorded under both.
/// </summary>
public interface IGemeenteMergers
{
    /// <summary>Every code whose facts belong to the gemeente <paramref name="gemeentecode"/> stands for today (itself included), sorted.</summary>
    IReadOnlyList<string> JoinedCodes(string gemeentecode);

    /// <summary>True when <paramref name="gemeentecode"/> ceased in a merger into a gemeente outside this region.</summary>
    bool MergedOutsideRegion(string gemeentecode);
}
