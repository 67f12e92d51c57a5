using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules.Toewijzing;

/// <summary>
/// CS338: with Eenheid 14 (etmaal), 16 (dagdeel), 83 (euro's) or 84 (stuks inspanning) and an Einddatum that is empty or
/// after 2020-12-31, the Frequentie is 2 (per week), 4 (per maand) or 6 (totaal binnen geldigheidsduur). The 315 has its
/// own code for this (CS343).
/// </summary>
internal sealed class CS338_FrequentieBijGroteEenheid : MessageRule
{
    private static readonly string[] Eenheden = ["14", "16", "83", "84"];
    private static readonly string[] Frequenties = ["2", "4", "6"];

    public override string Code => "CS338";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(
        MessageCode.Toewijzing, MessageCode.VerzoekOmWijziging);

    public override RuleText Meaning { get; } = new(
        "Bij eenheid 14 (etmaal), 16 (dagdeel), 83 (euro's) of 84 (stuks) en een einddatum die leeg is of na 31-12-2020 ligt, is de frequentie 2 (per week), 4 (per maand) of 6 (totaal binnen de geldigheidsduur).",
        "With Eenheid 14 (24 hours), 16 (part of day), 83 (euros) or 84 (pieces) and an end date that is empty or after 2020-12-31, the Frequentie is 2 (per week), 4 (per month) or 6 (total within the validity period).");

    public override RuleText Fix { get; } = new(
        "Kies frequentie 2, 4 of 6 voor deze eenheid, of een eenheid die per dag mag.",
        "Choose Frequentie 2, 4 or 6 for this unit, or a unit that allows per day.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht)
    {
        if (bericht is Bericht315)
        {
            yield break;
        }

        foreach (var line in ProductLines.Of(bericht))
        {
            if (line.Omvang is { } omvang
                && Eenheden.Contains(omvang.Eenheid)
                && ProductLines.OpenOrAfter2020(line.Einddatum)
                && !Frequenties.Contains(omvang.Frequentie))
            {
                yield return At(
                    line.OmvangPath + "/Frequentie",
                    $"Eenheid {omvang.Eenheid} with Frequentie {omvang.Frequentie}; only 2, 4 or 6 are allowed");
            }
        }
    }
}
