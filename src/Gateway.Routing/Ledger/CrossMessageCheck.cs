using Gateway.Messages.Model;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Store;

namespace Gateway.Routing.Ledger;

/// <summary>What a level-3/4 rule gets to look at: the message, the open transaction (for the ledger) and the time.</summary>
public sealed record CrossMessageCheck(Bericht Bericht, Flow Flow, IStoreTransaction Transaction, DateTimeOffset Now)
{
    /// <summary>
    /// The class paths the other rules rejected in this message; filled only for an <see cref="IJudgesAfterOtherRules"/>
    /// rule, empty for the others.
    /// </summary>
    public IReadOnlyCollection<string> RejectedByOtherRules { get; init; } = [];

    /// <summary>What is stored under the message's dedup key in this transaction, when the commit phase looked already; null otherwise.</summary>
    public StoredUnderDedupKey? StoredUnderDedupKey { get; init; }
}
