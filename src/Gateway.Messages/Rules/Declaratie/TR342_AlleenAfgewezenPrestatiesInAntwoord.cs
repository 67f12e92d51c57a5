using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules.Declaraties;

/// <summary>
/// TR342: a 325 lists only rejected prestaties, and its totals account for them. When the DeclaratieAntwoord itself is
/// rejected no prestatie is assessed: no clients are listed and TotaalToegekendBedrag is 0. Otherwise the listed
/// prestaties add up to TotaalIngediendBedrag minus TotaalToegekendBedrag (debit positive, credit negative).
/// </summary>
internal sealed class TR342_AlleenAfgewezenPrestatiesInAntwoord : MessageRule
{
    private const string GeenOpmerking = "0200";
    private const string VolledigToegekend = "8001";
    private const string AntwoordPath = "/Bericht/DeclaratieAntwoord";

    public override string Code => "TR342";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(MessageCode.DeclaratieAntwoord);

    public override RuleText Meaning { get; } = new(
        "Een declaratie-antwoord bevat alleen afgewezen prestaties, en het verschil tussen TotaalIngediendBedrag en TotaalToegekendBedrag is precies de som van die prestaties. Wordt de declaratie als geheel afgewezen, dan staan er geen prestaties in en is TotaalToegekendBedrag 0.",
        "A declaration answer lists only rejected prestaties, and TotaalIngediendBedrag minus TotaalToegekendBedrag is exactly the sum of those prestaties. When the declaration as a whole is rejected, no prestaties are listed and TotaalToegekendBedrag is 0.");

    public override RuleText Fix { get; } = new(
        "Neem alleen afgewezen prestaties op en bereken TotaalToegekendBedrag als TotaalIngediendBedrag min de afgewezen bedragen; vul 0 in (en laat de cliënten weg) bij afkeur op DeclaratieAntwoord.",
        "List only rejected prestaties and compute TotaalToegekendBedrag as TotaalIngediendBedrag minus the rejected amounts; fill in 0 (and list no clients) when the DeclaratieAntwoord itself is rejected.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht)
    {
        if (bericht is not Bericht325 { DeclaratieAntwoord: { } antwoord })
        {
            return [];
        }

        return IsRejected(antwoord.RetourCodes) ? CheckRejected(antwoord) : CheckAssessed(bericht, antwoord);
    }

    private static bool IsRejected(IReadOnlyList<string> codes) =>
        codes.Any(c => c is not GeenOpmerking and not VolledigToegekend);

    private IEnumerable<RuleViolation> CheckRejected(DeclaratieAntwoord antwoord)
    {
        if (antwoord.TotaalToegekendBedrag.TotaalBedrag != 0)
        {
            yield return At(
                AntwoordPath + "/TotaalToegekendBedrag",
                $"the DeclaratieAntwoord is rejected but TotaalToegekendBedrag is {DeclaratieBedrag.Format(DeclaratieBedrag.Signed(antwoord.TotaalToegekendBedrag))}, not 0");
        }

        if (antwoord.Clienten is not null)
        {
            yield return At(AntwoordPath + "/Clienten", "the DeclaratieAntwoord is rejected, so its prestaties are not assessed and may not be listed");
        }
    }

    private IEnumerable<RuleViolation> CheckAssessed(Bericht bericht, DeclaratieAntwoord antwoord)
    {
        var prestaties = ClassPaths.Of<Prestatie>(bericht).ToList();
        foreach (var (path, prestatie) in prestaties)
        {
            if (prestatie.RetourCodes.Count > 0 && prestatie.RetourCodes.All(c => c == GeenOpmerking))
            {
                yield return At(path, "the prestatie carries only retourcode 0200: an approved prestatie may not be listed");
            }
        }

        var rejected = prestaties.Sum(p => DeclaratieBedrag.Signed(p.Record.IngediendBedrag));
        var difference = DeclaratieBedrag.Signed(antwoord.TotaalIngediendBedrag) - DeclaratieBedrag.Signed(antwoord.TotaalToegekendBedrag);
        if (rejected != difference)
        {
            yield return At(
                AntwoordPath + "/TotaalToegekendBedrag",
                $"TotaalIngediendBedrag minus TotaalToegekendBedrag is {DeclaratieBedrag.Format(difference)} but the listed prestaties add up to {DeclaratieBedrag.Format(rejected)}");
        }
    }
}
