using Gateway.Messages.Answers;
using Gateway.Messages.Rules;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Ledger;

/// <summary>
/// A level-3 rule (against earlier messages: the ledger) or level-4 rule (against reference data and contracts).
/// Each rejection names the class (or header) and the rule's retourcode; the answer builders put it there.
/// </summary>
public interface ICrossMessageRule
{
    /// <summary>The rule's code, e.g. TR305 or CT01 (only the code: what it means is <see cref="Meaning"/>).</summary>
    string Code { get; }

    /// <summary>3 or 4.</summary>
    int Level { get; }

    /// <summary>The messages it checks.</summary>
    IReadOnlyCollection<MessageCode> AppliesTo { get; }

    /// <summary>The retourcodes its rejections carry; by default the one release 3.2 gives its code.</summary>
    IReadOnlyCollection<string> RetourCodes => RetourCodeCatalogue.FindByRule(Code) is { } info ? [info.Code] : [];

    /// <summary>What the rule demands, in Dutch and English; by default the meaning of its own retourcode.</summary>
    RuleText? Meaning => RetourCodeCatalogue.FindByRule(Code)?.Meaning;

    /// <summary>How a sender fixes what the rule rejects, in Dutch and English; by default its retourcode's fix.</summary>
    RuleText? Fix => RetourCodeCatalogue.FindByRule(Code)?.Fix;

    /// <summary>The classes it rejects; empty when the message passes.</summary>
    ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken);
}
