using System.Globalization;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules;

/// <summary>
/// TR134: dates that record something that already happened are not after the message's Dagtekening: birth dates of
/// client and relaties (301, 305, 307, 315), the Toewijzingsdatum (301), the Begindatum of a start (305), the Einddatum
/// of a stop (307), the begin of the DeclaratiePeriode (323) and the begin of every ProductPeriode (323, 325). Dates that
/// may lie ahead (Ingangsdatum, Einddatum of a toewijzing) are not covered.
/// <para>
/// The element list follows the official level-2 XSLT of release 3.2, which is what the hub applies: it does not check
/// the Begindatum of a 307 StopProduct (a stop reports the start only as the key of the care it ends; the start itself
/// was checked on the 305) nor the DeclaratieDagtekening of a 323, so neither is rejected here.
/// </para>
/// </summary>
internal sealed class TR134_DatumNietNaDagtekening : MessageRule
{
    public override string Code => "TR134";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(
        MessageCode.Toewijzing, MessageCode.Start, MessageCode.Stop, MessageCode.VerzoekOmToewijzing,
        MessageCode.Declaratie, MessageCode.DeclaratieAntwoord);

    public override RuleText Meaning { get; } = new(
        "Een datum van iets dat al gebeurd is (geboortedatum, toewijzingsdatum, begin- of einddatum van geleverde zorg, begin van een gedeclareerde periode) is een bestaande datum die niet later ligt dan de Dagtekening van het bericht.",
        "A date of something that already happened (birth date, toewijzing date, begin or end of delivered care, begin of a declared period) is an existing date no later than the message's Dagtekening.");

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
            Bericht307 b => ClassPaths.Of<StopProduct>(b).Select(p => (p.Path + "/Einddatum", p.Record.Einddatum)),
            Bericht323 b => ProductPeriodes(b).Prepend(("/Bericht/Declaratie/DeclaratiePeriode/Begindatum", b.Declaratie.DeclaratiePeriode.Begindatum)),
            Bericht325 b => ProductPeriodes(b),
            _ => [],
        };
        return geboortedata.Concat(others);
    }

    private static IEnumerable<(string Path, DateOnly Datum)> ProductPeriodes(Bericht bericht) =>
        ClassPaths.Of<Prestatie>(bericht).Select(p => (p.Path + "/ProductPeriode/Begindatum", p.Record.ProductPeriode.Begindatum));
}
