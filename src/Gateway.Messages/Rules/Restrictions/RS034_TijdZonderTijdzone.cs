using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules;

/// <summary>RS034: a time is written without a time zone (10:15:00, not 10:15:00Z or 10:15:00+01:00).</summary>
/// <remarks>
/// The XSD facet of LDT_Tijd enforces this at level 1. The model cannot break it: Toewijzingstijd is a
/// <see cref="TimeOnly"/> and <see cref="BerichtReader"/> refuses a time with a time zone, so there is no value left
/// to check and <see cref="Check"/> reports nothing. The rule exists so that level 1 can name it.
/// </remarks>
internal sealed class RS034_TijdZonderTijdzone : MessageRule
{
    public override string Code => "RS034";

    /// <summary>LDT_Tijd occurs only as Toewijzingstijd.</summary>
    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(MessageCode.Toewijzing, MessageCode.ToewijzingRetour);

    public override RuleText Meaning { get; } = new(
        "Een tijd wordt gevuld zonder tijdzone.",
        "A time is written without a time zone.");

    public override RuleText Fix { get; } = new(
        "Schrijf tijden als uu:mm:ss, zonder Z of +uu:mm erachter.",
        "Write times as hh:mm:ss, without a trailing Z or +hh:mm.");

    /// <summary>LDT_Tijd: pattern without 'Z', '+' and '-'.</summary>
    public override bool EnforcedBySchema => true;

    public override IEnumerable<RuleViolation> Check(Bericht bericht) => [];
}
