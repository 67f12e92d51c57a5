using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules.Declaraties;

/// <summary>TR316: a credit line may not refer to a prestatie of the same 323.</summary>
internal sealed class TR316_DebetNietInZelfdeBerichtGecrediteerd : MessageRule
{
    public override string Code => "TR316";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(MessageCode.Declaratie);

    public override RuleText Meaning { get; } = new(
        "Een debetregel mag niet in hetzelfde bericht gecrediteerd worden: VorigReferentieNummer verwijst nooit naar het ReferentieNummer van een prestatie in hetzelfde bericht.",
        "A debit line may not be credited in the same message: VorigReferentieNummer never refers to the ReferentieNummer of a prestatie in the same message.");

    public override RuleText Fix { get; } = new(
        "Laat de foutieve debetregel weg of stuur hem eerst in; crediteer alleen prestaties die in een eerder bericht zijn goedgekeurd.",
        "Leave the wrong debit line out or submit it first; only credit prestaties approved in an earlier message.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht)
    {
        var prestaties = ClassPaths.Of<Prestatie>(bericht).ToList();
        var inMessage = prestaties
            .Select(p => p.Record.ProductReferentie.ReferentieNummer)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var (path, prestatie) in prestaties)
        {
            var vorig = prestatie.ProductReferentie.VorigReferentieNummer;
            if (vorig is not null && inMessage.Contains(vorig))
            {
                yield return At(
                    path + "/ProductReferentie/VorigReferentieNummer",
                    $"VorigReferentieNummer {vorig} is the ReferentieNummer of a prestatie in this same message");
            }
        }
    }
}
