namespace Gateway.Routing.Ledger;

/// <summary>One accepted StartProduct line in arrival order.</summary>
public sealed record LedgerStart(StartKey Key, string StatusAanlevering, long MessageId);
