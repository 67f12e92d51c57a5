using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules;

/// <summary>RS032: a date is written without a time zone (2026-08-30, not 2026-08-30Z or 2026-08-30+02:00).</summary>
/// <remarks>
/// The XSD facet of LDT_Datum enforces this at level 1. The model cannot break it: every date is a
/// <see cref="DateOnly"/> and <see cref="BerichtReader"/> refuses a date with a time zone, so there is no value left
/// to check and <see cref="Check"/> reports nothing. The rule exists so that level 1 can name it.
/// </remarks>
internal sealed class RS032_DatumZonderTijdzone : MessageRule
{
    public override string Code => "RS032";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.All;

    public override RuleText Meaning { get; } = new(
        "Een datum wordt gevuld zonder tijdzone.",
        "A date is written without a time zone.");

    public override RuleText Fix { get; } = new(
        "Schrijf datums als jjjj-mm-dd, zonder Z of +uu:mm erachter.",
        "Write dates as yyyy-mm-dd, without a trailing Z or +hh:mm.");

    /// <summary>LDT_Datum: pattern without ':' and 'Z'.</summary>
    public override bool EnforcedBySchema => true;

    public override IEnumerable<RuleViolation> Check(Bericht bericht) => [];
}
