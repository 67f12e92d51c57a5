using Gateway.Messages.Model;

namespace Gateway.Messages.Rules.Toewijzing;

/// <summary>
/// One toegewezen (301), aangevraagd (315) or requested (317 NieuwProduct/TeWijzigenProduct) product, seen the same way by
/// the rules on Product, Omvang, Budget and Einddatum, which the standard states once for all four classes.
/// </summary>
/// <param name="Path">Path of the class, e.g. /Bericht/Client/ToegewezenProducten/ToegewezenProduct[2].</param>
/// <param name="HasProductElement">False for the 317 TeWijzigenProduct, whose schema has no Product element.</param>
/// <param name="Ingangsdatum">Ingangsdatum, ToewijzingIngangsdatum or GewensteIngangsdatum.</param>
/// <param name="EinddatumElement">The local name of the end date element (Einddatum or ToewijzingEinddatum).</param>
internal sealed record ProductLine(
    string Path,
    bool HasProductElement,
    Product? Product,
    DateOnly Ingangsdatum,
    DateOnly? Einddatum,
    string EinddatumElement,
    Omvang? Omvang,
    long? Budget)
{
    public string EinddatumPath => Path + "/" + EinddatumElement;

    public string OmvangPath => Path + "/Omvang";

    public string BudgetPath => Path + "/Budget";

    public string ProductPath => Path + "/Product";

    /// <summary>True when Product/Code is filled (a specific toewijzing).</summary>
    public bool HasCode => Product?.Code is not null;
}

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
