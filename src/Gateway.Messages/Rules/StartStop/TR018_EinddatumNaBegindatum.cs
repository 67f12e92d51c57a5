using System.Globalization;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules;

/// <summary>TR018: a stop ends on or after the day the delivery began.</summary>
internal sealed class TR018_EinddatumNaBegindatum : MessageRule
{
    public override string Code => "TR018";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(MessageCode.Stop);

    public override RuleText Meaning { get; } = new(
        "De Einddatum van een StopProduct is gelijk aan of later dan de Begindatum.",
        "The Einddatum of a StopProduct is equal to or later than its Begindatum.");

    public override RuleText Fix { get; } = new(
        "Vul als Einddatum de laatste dag van levering in, niet eerder dan de Begindatum van de start.",
        "Give the last day of delivery as Einddatum, not earlier than the Begindatum of the start.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht) => bericht switch
    {
        Bericht307 stop => CheckStop(stop),
        _ => [],
    };

    private static IEnumerable<RuleViolation> CheckStop(Bericht307 stop)
    {
        foreach (var (path, product) in ClassPaths.Of<StopProduct>(stop))
        {
            if (product.Einddatum < product.Begindatum)
            {
                yield return At(path + "/Einddatum", string.Create(
                    CultureInfo.InvariantCulture,
                    $"Einddatum {product.Einddatum:yyyy-MM-dd} is before Begindatum {product.Begindatum:yyyy-MM-dd}"));
            }
        }
    }
}
