namespace Gateway.Routing.Ledger;

/// <summary>One accepted StopProduct line in arrival order.</summary>
public sealed record LedgerStop(StopKey Key, string StatusAanlevering, long MessageId);
