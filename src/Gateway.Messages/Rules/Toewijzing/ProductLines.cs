using Gateway.Messages.Model;

namespace Gateway.Messages.Rules;

/// <summary>The product lines of a 301, 315 or 317; nothing for other messages.</summary>
internal static class ProductLines
{
    /// <summary>Last day before the Omvang regime of release 3.x (CD080, CS338 apply to later or open end dates).</summary>
    private static readonly DateOnly LastDayOf2020 = new(2020, 12, 31);

    public static IEnumerable<ProductLine> Of(Bericht bericht) => bericht switch
    {
        Bericht301 => ClassPaths.Of<ToegewezenProduct>(bericht).Select(p => new ProductLine(
            p.Path, true, p.Record.Product, p.Record.Ingangsdatum, p.Record.Einddatum, "Einddatum", p.Record.Omvang, p.Record.Budget)),
        Bericht315 => ClassPaths.Of<AangevraagdProduct>(bericht).Select(p => new ProductLine(
            p.Path, true, p.Record.Product, p.Record.ToewijzingIngangsdatum, p.Record.ToewijzingEinddatum, "ToewijzingEinddatum", p.Record.Omvang, p.Record.Budget)),
        Bericht317 => ClassPaths.Of<NieuwProduct>(bericht).Select(p => new ProductLine(
                p.Path, true, p.Record.Product, p.Record.GewensteIngangsdatum, p.Record.Einddatum, "Einddatum", p.Record.Omvang, p.Record.Budget))
            .Concat(ClassPaths.Of<TeWijzigenProduct>(bericht).Select(p => new ProductLine(
                p.Path, false, null, p.Record.GewensteIngangsdatum, p.Record.Einddatum, "Einddatum", p.Record.Omvang, p.Record.Budget))),
        _ => [],
    };

    /// <summary>True when the end date is empty or after 31-12-2020: the condition of CD080 and CS338.</summary>
    public static bool OpenOrAfter2020(DateOnly? einddatum) => einddatum is null || einddatum > LastDayOf2020;
}
