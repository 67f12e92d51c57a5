using Gateway.Messages.Answers;
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

    protected ILedgerReader Ledger => ledger;

    public abstract ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken);

    protected ClassRejection Reject(string path) => new(path, RetourCode);

    protected static IReadOnlyList<ClassRejection> None { get; } = [];
}
