using Gateway.Messages.Answers;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Ledger;

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
