using System.Globalization;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules;

/// <summary>CD096: a new product in a VOW without product code carries no Omvang, unless it ended by 31-12-2020.</summary>
internal sealed class CD096_GeenOmvangZonderProductcodeVow : MessageRule
{
    public override string Code => "CD096";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(MessageCode.VerzoekOmWijziging);

    public override RuleText Meaning { get; } = new(
        "Als een NieuwProduct geen productcode heeft en de Einddatum na 31-12-2020 ligt of leeg is, is Omvang leeg.",
        "When a NieuwProduct has no product code and its Einddatum is after 31-12-2020 or empty, Omvang is empty.");

    public override RuleText Fix { get; } = new(
        "Laat Omvang weg bij een aspecifiek of generiek nieuw product, of vraag een specifiek product aan met productcode.",
        "Leave Omvang out for an aspecific or generic new product, or request a specific product with a product code.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht) => bericht switch
    {
        Bericht317 vow => ClassPaths.Of<NieuwProduct>(vow)
            .Where(p => p.Record.Omvang is not null
                && string.IsNullOrEmpty(p.Record.Product?.Code)
                && VerzoekOmvang.EindigtNaPeildatum(p.Record.Einddatum))
            .Select(p => At(p.Path + "/Omvang", Detail(p.Record))),
        _ => [],
    };

    private static string Detail(NieuwProduct product) => product.Einddatum is { } end
        ? string.Create(CultureInfo.InvariantCulture, $"Omvang is given for a NieuwProduct without product code ending {end:yyyy-MM-dd}")
        : "Omvang is given for a NieuwProduct without product code and without Einddatum";
}
