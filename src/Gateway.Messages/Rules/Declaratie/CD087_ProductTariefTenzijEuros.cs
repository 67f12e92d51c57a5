using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules.Declaraties;

/// <summary>CD087: ProductTarief is present exactly when the prestatie's Eenheid is not 83 (euro's).</summary>
internal sealed class CD087_ProductTariefTenzijEuros : MessageRule
{
    public override string Code => "CD087";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = MessageSets.Of(MessageCode.Declaratie);

    public override RuleText Meaning { get; } = new(
        "ProductTarief is verplicht als Eenheid niet 83 (euro's) is, en blijft leeg bij Eenheid 83.",
        "ProductTarief is required when Eenheid is not 83 (euro's), and left out when Eenheid is 83.");

    public override RuleText Fix { get; } = new(
        "Vul ProductTarief (in eurocenten) bij elke eenheid behalve 83; laat het weg als in euro's wordt gedeclareerd.",
        "Fill ProductTarief (in eurocents) for every unit except 83; leave it out when declaring in euro's.");

    public override IEnumerable<RuleViolation> Check(Bericht bericht)
    {
        foreach (var (path, prestatie) in ClassPaths.Of<Prestatie>(bericht))
        {
            var inEuros = prestatie.Eenheid == Eenheden.Euros;
            if (!inEuros && prestatie.ProductTarief is null)
            {
                yield return At(path + "/ProductTarief", $"Eenheid is {prestatie.Eenheid} but ProductTarief is missing");
            }
            else if (inEuros && prestatie.ProductTarief is not null)
            {
                yield return At(path + "/ProductTarief", "Eenheid is 83 (euro's) but ProductTarief is filled");
            }
        }
    }
}
