using System.Globalization;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules;

/// <summary>
/// CS139: DatumGebruik and Datum of a birth date agree: 1 (day unknown) needs day 01, 2 (day and month unknown) needs
/// 01-01, 3 (fully unknown) needs 1900-01-01.
/// </summary>
internal sealed class CS139_DatumGebruikPastBijDatum : MessageRule
{
    public override string Code => "CS139";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = EchoedClients.WithGeboortedatum;

    public override RuleText Meaning { get; } = new(
        "DatumGebruik en Datum van een geboortedatum zijn met elkaar in overeenstemming: bij 1 (dag onbekend) is de dag 01, bij 2 (dag en maand onbekend) is de datum 01-01 van het jaar, bij 3 (geheel onbekend) is de datum 01-01-1900.",
        "DatumGebruik and Datum of a birth date agree: with 1 (day unknown) the day is 01, with 2 (day and month unknown) the date is 1 January of the year, with 3 (fully unknown) the date is 1900-01-01.");

    public override RuleText Fix { get; } = new(
        "Zet de onbekende delen van de datum op 01 (of de hele datum op 01-01-1900 bij DatumGebruik 3), of pas DatumGebruik aan.",
        "Set the unknown parts of the date to 01 (or the whole date to 1900-01-01 with DatumGebruik 3), or correct DatumGebruik.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht)
    {
        foreach (var (path, geboortedatum) in Geboortedata.Of(bericht))
        {
            var datum = geboortedatum.Datum;
            var agrees = geboortedatum.DatumGebruik switch
            {
                "1" => datum.Day == 1,
                "2" => datum.Day == 1 && datum.Month == 1,
                "3" => datum == new DateOnly(1900, 1, 1),
                _ => true,
            };
            if (!agrees)
            {
                yield return At(
                    path + "/DatumGebruik",
                    string.Create(CultureInfo.InvariantCulture, $"DatumGebruik {geboortedatum.DatumGebruik} does not fit Datum {datum:yyyy-MM-dd}"));
            }
        }
    }
}
