using Gateway.Messages.Model;

namespace Gateway.Messages.Rules;

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
