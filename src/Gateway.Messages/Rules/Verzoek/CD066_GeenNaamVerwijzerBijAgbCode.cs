using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules;

/// <summary>CD066: a referring care provider (type 02–05) identified by AGB code is not also named.</summary>
internal sealed class CD066_GeenNaamVerwijzerBijAgbCode : MessageRule
{
    public override string Code => "CD066";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(MessageCode.VerzoekOmToewijzing);

    public override RuleText Meaning { get; } = new(
        "Als het type verwijzer 02, 03, 04 of 05 is en ZorgverlenerCode gevuld is, is de Naam van de verwijzer leeg.",
        "When the Verwijzer Type is 02, 03, 04 or 05 and ZorgverlenerCode is filled, the Verwijzer Naam is empty.");

    public override RuleText Fix { get; } = new(
        "Identificeer een verwijzende zorgverlener met de AGB-code en laat de naam dan weg.",
        "Identify a referring care provider by the AGB code and then leave the name out.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht) => bericht switch
    {
        Bericht315 vot => ClassPaths.Of<AangevraagdProduct>(vot)
            .Where(p => p.Record.Verwijzer is { ZorgverlenerCode: not null, Naam: not null } v && VerwijzerTypen.IsZorgverlener(v.Type))
            .Select(p => At(p.Path + "/Verwijzer/Naam", $"Verwijzer Type {p.Record.Verwijzer.Type} has a ZorgverlenerCode, so Naam must be empty")),
        _ => [],
    };
}
