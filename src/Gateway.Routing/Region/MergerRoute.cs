using Gateway.Routing.Reference;

namespace Gateway.Routing.Region;

/// <summary>Where a message for a gemeentecode that ceased in a municipal merger belongs: its successor, in this region or not.</summary>
/// <param name="Gemeentecode">The code the sender used.</param>
/// <param name="Successor">The gemeente that stands for it today.</param>
/// <param name="InRegion">True when the successor is a gemeente of this region (its back office gets the message).</param>
internal sealed record MergerRoute(string Gemeentecode, GemeenteCode Successor, bool InRegion)
{
    /// <summary>Why a message for the ceased code cannot be handled here, naming the successor the sender should address.</summary>
    public string OutsideRegion =>
        $"Gemeentecode {Gemeentecode} ceased in a municipal merger; its successor is {Successor.Code} ({Successor.Naam}), which is not a gemeente of this region. Send the message to gemeente {Successor.Code}.";
}
