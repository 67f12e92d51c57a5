using System.Globalization;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules;

/// <summary>TR002: a birth date lies at most 120 years before the Dagtekening, unless it is marked fully unknown.</summary>
internal sealed class TR002_GeboortedatumNietOuderDan120Jaar : MessageRule
{
    private const int MaximumAge = 120;

    public override string Code => "TR002";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = EchoedClients.WithGeboortedatum;

    public override RuleText Meaning { get; } = new(
        "Een geboortedatum ligt niet meer dan 120 jaar voor de Dagtekening van het bericht, tenzij de datum onbekend is (DatumGebruik 3 met Datum 01-01-1900).",
        "A birth date lies no more than 120 years before the message's Dagtekening, unless it is unknown (DatumGebruik 3 with Datum 1900-01-01).");

    public override RuleText Fix { get; } = new(
        "Corrigeer de geboortedatum, of geef een onbekende geboortedatum aan met DatumGebruik 3 en Datum 01-01-1900.",
        "Correct the birth date, or mark an unknown birth date with DatumGebruik 3 and Datum 1900-01-01.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht)
    {
        var dagtekening = bericht.Header.BerichtIdentificatie.Dagtekening;
        var oldest = dagtekening.AddYears(-MaximumAge);
        foreach (var (path, geboortedatum) in Geboortedata.Of(bericht))
        {
            if (geboortedatum.Datum < oldest && !Geboortedata.IsUnknown(geboortedatum))
            {
                yield return At(
                    path + "/Datum",
                    string.Create(CultureInfo.InvariantCulture, $"Birth date {geboortedatum.Datum:yyyy-MM-dd} is more than {MaximumAge} years before Dagtekening {dagtekening:yyyy-MM-dd}"));
            }
        }
    }
}
