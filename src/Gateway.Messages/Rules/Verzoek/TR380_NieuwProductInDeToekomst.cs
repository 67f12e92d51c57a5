using System.Globalization;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules;

/// <summary>
/// TR380: a new product asked for in a VOW starts after the day the request is sent, so the gemeente can decide on it
/// in time (OP343). The rule sits on NieuwProduct/GewensteIngangsdatum; the day itself is not allowed.
/// </summary>
internal sealed class TR380_NieuwProductInDeToekomst : MessageRule
{
    public override string Code => "TR380";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(MessageCode.VerzoekOmWijziging);

    public override RuleText Meaning { get; } = new(
        "De GewensteIngangsdatum van een NieuwProduct ligt na de Dagtekening van het bericht.",
        "The GewensteIngangsdatum of a NieuwProduct is after the Dagtekening of the message.");

    public override RuleText Fix { get; } = new(
        "Vraag een nieuw product aan met een gewenste ingangsdatum na de dagtekening, en stuur het verzoek tijdig.",
        "Request a new product with a desired start date after the Dagtekening, and send the request in good time.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht) => bericht switch
    {
        Bericht317 vow => CheckVow(vow),
        _ => [],
    };

    private static IEnumerable<RuleViolation> CheckVow(Bericht317 vow)
    {
        var dagtekening = vow.Header.BerichtIdentificatie.Dagtekening;
        foreach (var (path, product) in ClassPaths.Of<NieuwProduct>(vow))
        {
            if (product.GewensteIngangsdatum <= dagtekening)
            {
                yield return At(path + "/GewensteIngangsdatum", string.Create(
                    CultureInfo.InvariantCulture,
                    $"GewensteIngangsdatum {product.GewensteIngangsdatum:yyyy-MM-dd} is not after the Dagtekening {dagtekening:yyyy-MM-dd}"));
            }
        }
    }
}
