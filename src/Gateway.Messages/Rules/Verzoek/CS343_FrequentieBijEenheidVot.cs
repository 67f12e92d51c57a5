using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules;

/// <summary>
/// CS343: a requested volume in etmalen, dagdelen, euro's or stuks (inspanning) is per week, per month or in total,
/// never per day — for products ending after 31-12-2020 or open.
/// </summary>
internal sealed class CS343_FrequentieBijEenheidVot : MessageRule
{
    private static readonly string[] EenhedenZonderDagFrequentie = ["14", "16", "83", "84"];
    private static readonly string[] ToegestaneFrequenties = ["2", "4", "6"];

    public override string Code => "CS343";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(MessageCode.VerzoekOmToewijzing);

    public override RuleText Meaning { get; } = new(
        "Als Eenheid 14, 16, 83 of 84 is en de ToewijzingEinddatum na 31-12-2020 ligt of leeg is, is Frequentie 2 (per week), 4 (per maand) of 6 (totaal binnen geldigheidsduur).",
        "When Eenheid is 14, 16, 83 or 84 and the ToewijzingEinddatum is after 31-12-2020 or empty, Frequentie is 2 (per week), 4 (per month) or 6 (total over the toewijzing).");

    public override RuleText Fix { get; } = new(
        "Vraag etmalen, dagdelen, euro's of stuks (inspanning) aan per week, per maand of als totaal, niet per dag.",
        "Request etmalen, dagdelen, euros or stuks (inspanning) per week, per month or as a total, not per day.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht) => bericht switch
    {
        Bericht315 vot => ClassPaths.Of<AangevraagdProduct>(vot)
            .Where(p => p.Record.Omvang is { } omvang
                && EenhedenZonderDagFrequentie.Contains(omvang.Eenheid)
                && !ToegestaneFrequenties.Contains(omvang.Frequentie)
                && VerzoekOmvang.EindigtNaPeildatum(p.Record.ToewijzingEinddatum))
            .Select(p => At(
                p.Path + "/Omvang/Frequentie",
                $"Frequentie {p.Record.Omvang!.Frequentie} is not allowed with Eenheid {p.Record.Omvang.Eenheid}; use 2, 4 or 6")),
        _ => [],
    };
}
