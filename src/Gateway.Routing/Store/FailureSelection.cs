namespace Gateway.Routing.Store;

/// <summary>What a bulk replay or purge acts on: a whole failure group, or chosen deliveries (ids); only dead letters in scope.</summary>
public sealed record FailureSelection
{
    private FailureSelection(FailureGroupKey? group, IReadOnlyList<long> deliveryIds) => (Group, DeliveryIds) = (group, deliveryIds);

    /// <summary>The group, or null for a selection by id.</summary>
    public FailureGroupKey? Group { get; }

    /// <summary>The chosen delivery ids (empty for a group).</summary>
    public IReadOnlyList<long> DeliveryIds { get; }

    /// <summary>Every dead letter of one group.</summary>
    public static FailureSelection OfGroup(FailureGroupKey group) => new(group, []);

    /// <summary>These deliveries (those not dead-lettered or out of scope are skipped).</summary>
    public static FailureSelection OfDeliveries(IEnumerable<long> deliveryIds) => new(null, [.. deliveryIds.Distinct()]);
}
