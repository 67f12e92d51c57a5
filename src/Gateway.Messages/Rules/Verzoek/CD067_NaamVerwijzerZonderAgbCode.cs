using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules;

/// <summary>CD067: a referring care provider (type 02–05) without AGB code is named.</summary>
internal sealed class CD067_NaamVerwijzerZonderAgbCode : MessageRule
{
    public override string Code => "CD067";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(MessageCode.VerzoekOmToewijzing);

    public override RuleText Meaning { get; } = new(
        "Als het type verwijzer 02, 03, 04 of 05 is en ZorgverlenerCode leeg is, is de Naam van de verwijzer gevuld.",
        "When the Verwijzer Type is 02, 03, 04 or 05 and ZorgverlenerCode is empty, the Verwijzer Naam is filled.");

    public override RuleText Fix { get; } = new(
        "Geef de AGB-code van de verwijzende zorgverlener, of anders zijn naam.",
        "Give the AGB code of the referring care provider, or else their name.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht) => bericht switch
    {
        Bericht315 vot => ClassPaths.Of<AangevraagdProduct>(vot)
            .Where(p => p.Record.Verwijzer is { ZorgverlenerCode: null, Naam: null } v && VerwijzerTypen.IsZorgverlener(v.Type))
            .Select(p => At(p.Path + "/Verwijzer/Naam", $"Verwijzer Type {p.Record.Verwijzer.Type} has no ZorgverlenerCode, so Naam is required")),
        _ => [],
    };
}
