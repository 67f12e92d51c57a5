using Gateway.Routing.Obligations;

namespace Gateway.Host.Operators;

/// <summary>One obligation as operators see it (API and `gateway deadlines --json`); no BSN in it.</summary>
internal sealed record DeadlineView(
    long Id,
    string Kind,
    string Owner,
    string Standard,
    string Gemeentecode,
    string Aanbieder,
    long OpenedBy,
    DateOnly Since,
    DateOnly Due,
    string State,
    int WorkingDaysLeft,
    long? ClosedBy)
{
    public static DeadlineView Of(Deadline deadline)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        var o = deadline.Obligation;
        return new(o.Id, o.Kind.ToString(), o.Owner.ToString().ToLowerInvariant(), o.Standard.ToString().ToLowerInvariant(), o.Gemeentecode, o.Aanbieder, o.OpenedBy,
            o.Since, o.Due, deadline.State.ToString().ToLowerInvariant(), deadline.WorkingDaysLeft, o.ClosedBy);
    }
}
