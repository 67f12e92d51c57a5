using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules.Declaraties;

/// <summary>CS325: an amount or total of zero carries DebetCredit D.</summary>
internal sealed class CS325_NulBedragIsDebet : MessageRule
{
    public override string Code => "CS325";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } =
        MessageSets.Of(MessageCode.Declaratie, MessageCode.DeclaratieAntwoord);

    public override RuleText Meaning { get; } = new(
        "Een (totaal)bedrag van 0 heeft DebetCredit D (debet).",
        "An amount or total of 0 has DebetCredit D (debit).");

    public override RuleText Fix { get; } = new(
        "Zet DebetCredit op D bij elk bedrag dat 0 is.",
        "Set DebetCredit to D on every amount that is 0.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht)
    {
        var amounts = ClassPaths.Of<Prestatie>(bericht)
            .Select(p => (Path: p.Path + "/IngediendBedrag", Bedrag: p.Record.IngediendBedrag.Bedrag, p.Record.IngediendBedrag.DebetCredit));
        amounts = bericht switch
        {
            Bericht323 b => amounts.Prepend(Total("/Bericht/Declaratie/TotaalIngediendBedrag", b.Declaratie.TotaalIngediendBedrag)),
            Bericht325 { DeclaratieAntwoord: { } a } => amounts.Prepend(Total("/Bericht/DeclaratieAntwoord/TotaalToegekendBedrag", a.TotaalToegekendBedrag))
                .Prepend(Total("/Bericht/DeclaratieAntwoord/TotaalIngediendBedrag", a.TotaalIngediendBedrag)),
            _ => amounts,
        };

        foreach (var (path, bedrag, debetCredit) in amounts)
        {
            if (bedrag == 0 && debetCredit != DeclaratieBedrag.Debet)
            {
                yield return At(path + "/DebetCredit", $"the amount is 0 but DebetCredit is {debetCredit}");
            }
        }
    }

    private static (string Path, long Bedrag, string DebetCredit) Total(string path, TotaalBedragMetDC total) =>
        (path, total.TotaalBedrag, total.DebetCredit);
}
