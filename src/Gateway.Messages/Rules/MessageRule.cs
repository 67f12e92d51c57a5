using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules;

/// <summary>
/// A level-2 rule of the standard: a check inside one message (TR…, CD…, CS…, RS…). Any violation rejects the
/// whole message with retourcode 0001. Each rule is one small class, listed once in AllRules for <see cref="Level2Validator"/>.
/// </summary>
public abstract class MessageRule
{
    /// <summary>The retourcode of every level-2 rejection.</summary>
    public const string TechnicalRejection = "0001";

    /// <summary>The rule's code in the standard, e.g. TR018 or CS002.</summary>
    public abstract string Code { get; }

    /// <summary>The messages this rule applies to.</summary>
    public abstract IReadOnlyCollection<MessageCode> AppliesTo { get; }

    /// <summary>What the rule demands, in Dutch and English.</summary>
    public abstract RuleText Meaning { get; }

    /// <summary>How a sender fixes a message that breaks the rule, in Dutch and English.</summary>
    public abstract RuleText Fix { get; }

    /// <summary>The retourcode an answer carries for a violation: always 0001 at level 2.</summary>
    public string RetourCode => TechnicalRejection;

    /// <summary>The control level: 2.</summary>
    public int Level => 2;

    /// <summary>
    /// True when the XSD facets of the pack already enforce this rule, so a document breaking it is refused at
    /// level 1 (the XSD error then names this rule); the rule still runs on the model as a backstop for packs
    /// that do not enforce it.
    /// </summary>
    public virtual bool EnforcedBySchema => false;

    /// <summary>Checks one message (only called for messages in <see cref="AppliesTo"/>).</summary>
    public abstract IEnumerable<RuleViolation> Check(Bericht bericht);

    /// <summary>Shorthand for a violation at a path.</summary>
    protected static RuleViolation At(string path, string detail) => new(path, detail);
}
