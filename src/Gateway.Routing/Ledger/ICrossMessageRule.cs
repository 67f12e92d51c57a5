using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
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
}

/// <summary>
/// A rule whose verdict depends on the other rules' verdicts on the same message: TR322/TR369 total only what the 325
/// will grant. It runs after every other rule and reads their rejections in <see cref="CrossMessageCheck.RejectedByOtherRules"/>.
/// </summary>
public interface IJudgesAfterOtherRules : ICrossMessageRule;

/// <summary>
/// A level-3 rule (against earlier messages: the ledger) or level-4 rule (against reference data and contracts).
/// Each rejection names the class (or header) and the rule's retourcode; the answer builders put it there.
/// </summary>
public interface ICrossMessageRule
{
    /// <summary>The rule's code, e.g. TR305.</summary>
    string Code { get; }

    /// <summary>3 or 4.</summary>
    int Level { get; }

    /// <summary>The messages it checks.</summary>
    IReadOnlyCollection<MessageCode> AppliesTo { get; }

    /// <summary>The classes it rejects; empty when the message passes.</summary>
    ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken);
}
