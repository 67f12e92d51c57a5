using Gateway.Messages.Model;
using Gateway.Messages.Tests.Support;

namespace Gateway.Messages.Tests.Rules.Toewijzing;

/// <summary>Builds samples with one product line changed, for the Product/Omvang/Budget/Einddatum rules.</summary>
internal static class ProductEdits
{
    public const string JwToewijzing = "ijw/jw301-toewijzing.xml";
    public const string WmoToewijzing = "iwmo/wmo301-toewijzing.xml";
    public const string JwVerzoek = "ijw/jw315-verzoek-om-toewijzing.xml";
    public const string WmoVerzoek = "iwmo/wmo315-verzoek-om-toewijzing.xml";
    public const string JwWijziging = "ijw/jw317-verzoek-om-wijziging.xml";
    public const string WmoWijziging = "iwmo/wmo317-verzoek-om-wijziging.xml";

    public static string ToegewezenProductPath(int index) => $"/Bericht/Client/ToegewezenProducten/ToegewezenProduct[{index}]";

    public const string AangevraagdProductPath = "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]";
    public const string TeWijzigenProductPath = "/Bericht/Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[1]";
    public const string NieuwProductPath = "/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]";

    /// <summary>A 301 sample with the toegewezen product at 1-based <paramref name="index"/> changed.</summary>
    public static Bericht301 Toegewezen(string sample, int index, Func<ToegewezenProduct, ToegewezenProduct> change)
    {
        var bericht = SampleMessages.Read<Bericht301>(sample);
        var products = bericht.Client.ToegewezenProducten.ToList();
        products[index - 1] = change(products[index - 1]);
        return bericht with { Client = bericht.Client with { ToegewezenProducten = products } };
    }

    /// <summary>A 315 sample with its (single) aangevraagd product changed.</summary>
    public static Bericht315 Verzoek(string sample, Func<AangevraagdProduct, AangevraagdProduct> change)
    {
        var bericht = SampleMessages.Read<Bericht315>(sample);
        return bericht with { Client = bericht.Client with { AangevraagdeProducten = [change(bericht.Client.AangevraagdeProducten[0])] } };
    }

    /// <summary>A 317 sample with its (single) te wijzigen product changed.</summary>
    public static Bericht317 TeWijzigen(string sample, Func<TeWijzigenProduct, TeWijzigenProduct> change)
    {
        var bericht = SampleMessages.Read<Bericht317>(sample);
        var verzoek = bericht.Client.Verzoek;
        verzoek = verzoek with { TeWijzigenProducten = [change(verzoek.TeWijzigenProducten![0])] };
        return bericht with { Client = bericht.Client with { Verzoek = verzoek } };
    }

    /// <summary>A 317 sample that also asks for this new product.</summary>
    public static Bericht317 MetNieuwProduct(string sample, NieuwProduct product)
    {
        var bericht = SampleMessages.Read<Bericht317>(sample);
        return bericht with { Client = bericht.Client with { Verzoek = bericht.Client.Verzoek with { NieuweProducten = [product] } } };
    }

    public static NieuwProduct Nieuw(Product? product = null, Omvang? omvang = null, long? budget = null, DateOnly? einddatum = null) => new()
    {
        Product = product,
        GewensteIngangsdatum = new DateOnly(2026, 12, 1),
        Einddatum = einddatum,
        Omvang = omvang,
        Budget = budget,
    };
}
