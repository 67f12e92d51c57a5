using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules.Declaraties;

/// <summary>TR315: no two prestaties of one 323 credit the same earlier prestatie.</summary>
internal sealed class TR315_VorigReferentieNummerUniek : MessageRule
{
    public override string Code => "TR315";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(MessageCode.Declaratie);

    public override RuleText Meaning { get; } = new(
        "Een VorigReferentieNummer komt hoogstens één keer voor in een declaratiebericht.",
        "A VorigReferentieNummer occurs at most once in a declaration message.");

    public override RuleText Fix { get; } = new(
        "Crediteer elke eerdere prestatie met precies één creditregel; verwijder de dubbele creditregel.",
        "Credit each earlier prestatie with exactly one credit line; remove the duplicate credit line.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, prestatie) in ClassPaths.Of<Prestatie>(bericht))
        {
            var vorig = prestatie.ProductReferentie.VorigReferentieNummer;
            if (vorig is not null && !seen.Add(vorig))
            {
                yield return At(
                    path + "/ProductReferentie/VorigReferentieNummer",
                    $"VorigReferentieNummer {vorig} already occurs in an earlier prestatie of this message");
            }
        }
    }
}
