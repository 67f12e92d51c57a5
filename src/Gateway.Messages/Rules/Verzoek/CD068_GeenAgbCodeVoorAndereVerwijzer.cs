using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules;

/// <summary>CD068: only a referring care provider (type 02–05) has an AGB code.</summary>
internal sealed class CD068_GeenAgbCodeVoorAndereVerwijzer : MessageRule
{
    public override string Code => "CD068";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(MessageCode.VerzoekOmToewijzing);

    public override RuleText Meaning { get; } = new(
        "Als het type verwijzer niet 02, 03, 04 of 05 is, is ZorgverlenerCode leeg.",
        "When the Verwijzer Type is not 02, 03, 04 or 05, ZorgverlenerCode is empty.");

    public override RuleText Fix { get; } = new(
        "Laat de AGB-code weg bij een verwijzer die geen zorgverlener is (gemeente, zelfverwijzer, rechter); noem die verwijzer eventueel bij naam.",
        "Leave the AGB code out for a referrer that is not a care provider (gemeente, self-referral, court); name that referrer instead if needed.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht) => bericht switch
    {
        Bericht315 vot => ClassPaths.Of<AangevraagdProduct>(vot)
            .Where(p => p.Record.Verwijzer is { ZorgverlenerCode: not null } v && !VerwijzerTypen.IsZorgverlener(v.Type))
            .Select(p => At(p.Path + "/Verwijzer/ZorgverlenerCode", $"Verwijzer Type {p.Record.Verwijzer.Type} is not a care provider, so ZorgverlenerCode must be empty")),
        _ => [],
    };
}
