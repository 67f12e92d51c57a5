using System.Globalization;
using Gateway.Messages.Model;
using Gateway.Messages.Rules.Client;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules.Toewijzing;

/// <summary>
/// TR134: dates that record something that already happened are not after the message's Dagtekening: birth dates of
/// client and relaties (301, 305, 307, 315), the Toewijzingsdatum (301), the Begindatum of a start (305), Begindatum and
/// Einddatum of a stop (307), the begin of the DeclaratiePeriode and the DeclaratieDagtekening (323) and the begin of
/// every ProductPeriode (323, 325). Dates that may lie ahead (Ingangsdatum, Einddatum of a toewijzing) are not covered.
/// </summary>
internal sealed class TR134_DatumNietNaDagtekening : MessageRule
{
    public override string Code => "TR134";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(
        MessageCode.Toewijzing, MessageCode.Start, MessageCode.Stop, MessageCode.VerzoekOmToewijzing,
        MessageCode.Declaratie, MessageCode.DeclaratieAntwoord);

    public override RuleText Meaning { get; } = new(
        "Een datum van iets dat al gebeurd is (geboortedatum, toewijzingsdatum, begin- of einddatum van geleverde zorg, declaratiedatum) is een bestaande datum die niet later ligt dan de Dagtekening van het bericht.",
        "A date of something that already happened (birth date, toewijzing date, begin or end of delivered care, declaration date) is an existing date no later than the message's Dagtekening.");

    public override RuleText Fix { get; } = new(
        "Corrigeer de datum, of verstuur het bericht pas op of na die datum.",
        "Correct the date, or send the message on or after that date.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht)
    {
        var dagtekening = bericht.Header.BerichtIdentificatie.Dagtekening;
        foreach (var (path, datum) in Dates(bericht))
        {
            if (datum > dagtekening)
            {
                yield return At(
                    path,
                    string.Create(CultureInfo.InvariantCulture, $"{path[(path.LastIndexOf('/') + 1)..]} {datum:yyyy-MM-dd} is after Dagtekening {dagtekening:yyyy-MM-dd}"));
            }
        }
    }

    private static IEnumerable<(string Path, DateOnly Datum)> Dates(Bericht bericht)
    {
        var geboortedata = Geboortedata.Of(bericht).Select(g => (g.Path + "/Datum", g.Geboortedatum.Datum));
        var others = bericht switch
        {
            Bericht301 b => ClassPaths.Of<ToegewezenProduct>(b).Select(p => (p.Path + "/Toewijzingsdatum", p.Record.Toewijzingsdatum)),
            Bericht305 b => ClassPaths.Of<StartProduct>(b).Select(p => (p.Path + "/Begindatum", p.Record.Begindatum)),
            Bericht307 b => ClassPaths.Of<StopProduct>(b).SelectMany(p => new[]
            {
                (p.Path + "/Begindatum", p.Record.Begindatum),
                (p.Path + "/Einddatum", p.Record.Einddatum),
            }),
            Bericht323 b => new[]
                {
                    ("/Bericht/Declaratie/DeclaratiePeriode/Begindatum", b.Declaratie.DeclaratiePeriode.Begindatum),
                    ("/Bericht/Declaratie/DeclaratieDagtekening", b.Declaratie.DeclaratieDagtekening),
                }
                .Concat(ProductPeriodes(b)),
            Bericht325 b => ProductPeriodes(b),
            _ => [],
        };
        return geboortedata.Concat(others);
    }

    private static IEnumerable<(string Path, DateOnly Datum)> ProductPeriodes(Bericht bericht) =>
        ClassPaths.Of<Prestatie>(bericht).Select(p => (p.Path + "/ProductPeriode/Begindatum", p.Record.ProductPeriode.Begindatum));
}
