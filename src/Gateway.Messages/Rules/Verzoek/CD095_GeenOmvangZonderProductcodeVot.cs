using System.Globalization;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules;

/// <summary>CD095: a requested product without product code carries no Omvang, unless it ended by 31-12-2020.</summary>
internal sealed class CD095_GeenOmvangZonderProductcodeVot : MessageRule
{
    public override string Code => "CD095";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(MessageCode.VerzoekOmToewijzing);

    public override RuleText Meaning { get; } = new(
        "Als een AangevraagdProduct geen productcode heeft en de ToewijzingEinddatum na 31-12-2020 ligt of leeg is, is Omvang leeg.",
        "When an AangevraagdProduct has no product code and its ToewijzingEinddatum is after 31-12-2020 or empty, Omvang is empty.");

    public override RuleText Fix { get; } = new(
        "Laat Omvang weg bij een aspecifiek of generiek aangevraagd product, of vraag een specifiek product aan met productcode.",
        "Leave Omvang out for an aspecific or generic requested product, or request a specific product with a product code.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht) => bericht switch
    {
        Bericht315 vot => ClassPaths.Of<AangevraagdProduct>(vot)
            .Where(p => p.Record.Omvang is not null
                && string.IsNullOrEmpty(p.Record.Product?.Code)
                && VerzoekOmvang.EindigtNaPeildatum(p.Record.ToewijzingEinddatum))
            .Select(p => At(p.Path + "/Omvang", Detail(p.Record))),
        _ => [],
    };

    private static string Detail(AangevraagdProduct product) => product.ToewijzingEinddatum is { } end
        ? string.Create(CultureInfo.InvariantCulture, $"Omvang is given for an AangevraagdProduct without product code ending {end:yyyy-MM-dd}")
        : "Omvang is given for an AangevraagdProduct without product code and without ToewijzingEinddatum";
}
