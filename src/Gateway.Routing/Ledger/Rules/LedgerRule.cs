using Gateway.Messages.Answers;
using Gateway.Messages.Rules;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>The shape every level-3 rule shares: a code, its retourcode and the ledger to read.</summary>
internal abstract class LedgerRule(ILedgerReader ledger) : ICrossMessageRule
{
    public abstract string Code { get; }

    public int Level => 3;

    public abstract IReadOnlyCollection<MessageCode> AppliesTo { get; }

    /// <summary>The rule's retourcode (§3.4).</summary>
    public abstract string RetourCode { get; }

    public IReadOnlyCollection<string> RetourCodes => [RetourCode];

    /// <summary>What the rule demands: its retourcode's meaning, unless the rule has no code of its own and says it itself.</summary>
    public virtual RuleText? Meaning => RetourCodeCatalogue.FindByRule(Code)?.Meaning;

    /// <summary>How a sender fixes it: its retourcode's fix, unless the rule says it itself.</summary>
    public virtual RuleText? Fix => RetourCodeCatalogue.FindByRule(Code)?.Fix;

    /// <summary>The ledger, read through the memo of the open check (<see cref="LedgerReadMemo"/>).</summary>
    protected ILedgerReader Ledger { get; } = new LedgerReadMemo(ledger);

    public abstract ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken);

    protected ClassRejection Reject(string path) => new(path, RetourCode);

    protected static IReadOnlyList<ClassRejection> None { get; } = [];
}
