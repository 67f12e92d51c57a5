using Gateway.Routing.Ledger;

namespace Gateway.Storage.Tests.Support;

/// <summary>One municipal merger: <paramref name="ceased"/> merged into <paramref name="successor"/>; every other code stands for itself.</summary>
internal sealed class OneMerger(string ceased, string successor) : IGemeenteMergers
{
    public IReadOnlyList<string> JoinedCodes(string gemeentecode) =>
        gemeentecode == ceased || gemeentecode == successor ? [.. new[] { ceased, successor }.Order(StringComparer.Ordinal)] : [gemeentecode];

    /// <summary>The successor is in the region: nothing merged outside it.</summary>
    public bool MergedOutsideRegion(string gemeentecode) => false;
}
