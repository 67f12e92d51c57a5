using System.Text.RegularExpressions;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules.Declaraties;

/// <summary>CS319: DeclaratieNummer consists of letters and/or digits only. The 323 schema's pattern facet enforces it.</summary>
internal sealed partial class CS319_DeclaratieNummerLettersEnCijfers : MessageRule
{
    public override string Code => "CS319";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(MessageCode.Declaratie);

    public override RuleText Meaning { get; } = new(
        "DeclaratieNummer bestaat aaneengesloten uit letters en/of cijfers, zonder spaties of leestekens.",
        "DeclaratieNummer consists of letters and/or digits only, without spaces or punctuation.");

    public override RuleText Fix { get; } = new(
        "Gebruik een DeclaratieNummer met alleen letters (a-z, A-Z) en cijfers (0-9).",
        "Use a DeclaratieNummer made of letters (a-z, A-Z) and digits (0-9) only.");

    public override bool EnforcedBySchema => true;

    public override IEnumerable<RuleViolation> Check(Bericht bericht)
    {
        if (bericht is Bericht323 b && !LettersAndDigits().IsMatch(b.Declaratie.DeclaratieNummer))
        {
            yield return At(
                "/Bericht/Declaratie/DeclaratieNummer",
                $"DeclaratieNummer '{b.Declaratie.DeclaratieNummer}' holds characters other than letters and digits");
        }
    }

    [GeneratedRegex("^[a-zA-Z0-9]+$")]
    private static partial Regex LettersAndDigits();
}
