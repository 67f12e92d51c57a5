using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Routing.Pipeline;

namespace Gateway.Routing.Contracts.Rules;

/// <summary>The product-carrying classes of a message and the message's parties.</summary>
internal static class ProductLines
{
    public static IEnumerable<ProductLine> Of(Bericht bericht)
    {
        foreach (var item in ClassPaths.Of(bericht))
        {
            var line = item.Record switch
            {
                ToegewezenProduct { Product: { } p } t => new ProductLine(item.Path, p.Categorie, p.Code, t.Ingangsdatum),
                StartProduct { Product: { } p } s => new ProductLine(item.Path, p.Categorie, p.Code, s.Begindatum),
                StopProduct { Product: { } p } s => new ProductLine(item.Path, p.Categorie, p.Code, s.Begindatum),
                AangevraagdProduct { Product: { } p } a => new ProductLine(item.Path, p.Categorie, p.Code, a.ToewijzingIngangsdatum),
                NieuwProduct { Product: { } p } n => new ProductLine(item.Path, p.Categorie, p.Code, n.GewensteIngangsdatum),
                Prestatie p => new ProductLine(item.Path, p.ProductCategorie, p.ProductCode, p.ProductPeriode.Begindatum),
                _ => null,
            };
            if (line is not null)
            {
                yield return line;
            }
        }
    }

    public static string Gemeente(Bericht bericht) => MessageFacts.GemeentecodeOf(bericht);

    public static string Aanbieder(Bericht bericht) => MessageFacts.ProviderOf(bericht);

    /// <summary>The Dutch calendar day of the check.</summary>
    public static DateOnly Today(DateTimeOffset now) => DutchDate.Today(new FixedTime(now));

    public static IReadOnlyList<ClassRejection> None { get; } = [];

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
