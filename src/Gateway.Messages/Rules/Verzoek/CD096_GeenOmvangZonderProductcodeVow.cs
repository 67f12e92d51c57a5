using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules;

/// <summary>CD096: a new product in a VOW without product code carries no Omvang, unless it ended by 31-12-2020.</summary>
internal sealed class CD096_GeenOmvangZonderProductcodeVow()
    : GeenOmvangZonderProductcode<Bericht317, NieuwProduct>("a NieuwProduct", "Einddatum")
{
    public override string Code => "CD096";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(MessageCode.VerzoekOmWijziging);

    public override RuleText Meaning { get; } = new(
        "Als een NieuwProduct geen productcode heeft en de Einddatum na 31-12-2020 ligt of leeg is, is Omvang leeg.",
        "When a NieuwProduct has no product code and its Einddatum is after 31-12-2020 or empty, Omvang is empty.");

    public override RuleText Fix { get; } = new(
        "Laat Omvang weg bij een aspecifiek of generiek nieuw product, of vraag een specifiek product aan met productcode.",
        "Leave Omvang out for an aspecific or generic new product, or request a specific product with a product code.");

    protected override (bool HasOmvang, string? ProductCode, DateOnly? Einddatum) Fields(NieuwProduct product) =>
        (product.Omvang is not null, product.Product?.Code, product.Einddatum);
}
