using Gateway.Routing.Store;

namespace Gateway.Host.Operators;

/// <summary>A failure group: its id for URLs, what its dead letters share, how many there are, first and last parked.</summary>
internal sealed record FailureGroupView(string Id, string Cause, string Destination, string ErrorClass, string Release, int Count, DateTimeOffset FirstSeen, DateTimeOffset LastSeen)
{
    public static FailureGroupView From(FailureGroup g) =>
        new(g.Key.Id, g.Key.Cause, g.Key.Destination, g.Key.ErrorClass, g.Key.Release, g.Count, g.FirstSeen, g.LastSeen);
}
