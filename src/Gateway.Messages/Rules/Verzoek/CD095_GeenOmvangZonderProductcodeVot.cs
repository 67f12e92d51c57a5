using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules;

/// <summary>CD095: a requested product without product code carries no Omvang, unless it ended by 31-12-2020.</summary>
internal sealed class CD095_GeenOmvangZonderProductcodeVot()
    : GeenOmvangZonderProductcode<Bericht315, AangevraagdProduct>("an AangevraagdProduct", "ToewijzingEinddatum")
{
    public override string Code => "CD095";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(MessageCode.VerzoekOmToewijzing);

    public override RuleText Meaning { get; } = new(
        "Als een AangevraagdProduct geen productcode heeft en de ToewijzingEinddatum na 31-12-2020 ligt of leeg is, is Omvang leeg.",
        "When an AangevraagdProduct has no product code and its ToewijzingEinddatum is after 31-12-2020 or empty, Omvang is empty.");

    public override RuleText Fix { get; } = new(
        "Laat Omvang weg bij een aspecifiek of generiek aangevraagd product, of vraag een specifiek product aan met productcode.",
        "Leave Omvang out for an aspecific or generic requested product, or request a specific product with a product code.");

    protected override (bool HasOmvang, string? ProductCode, DateOnly? Einddatum) Fields(AangevraagdProduct product) =>
        (product.Omvang is not null, product.Product?.Code, product.ToewijzingEinddatum);
}
