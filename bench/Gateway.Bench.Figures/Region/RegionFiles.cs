using System.Globalization;
using System.Text.Json;
using Gateway.Messages.Standards;

namespace Gateway.Bench.Figures.Region;

/// <summary>
/// Writes the generated region as the gateway loads it (format: <c>samples/region/README.md</c>): the CBS codes of its
/// gemeenten, the product code lists and the contract register with tariffs, taakbudgets and ceilings.
/// </summary>
internal static class RegionFiles
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true };

    /// <summary>Writes <c>reference/</c> and <c>contracts.json</c> into <paramref name="directory"/>.</summary>
    public static void Write(string directory, RegionDesign region, IReadOnlyList<CeilingSpec> ceilings)
    {
        var reference = Directory.CreateDirectory(Path.Combine(directory, "reference")).FullName;
        var lists = Directory.CreateDirectory(Path.Combine(reference, "productcodes")).FullName;
        Json(Path.Combine(reference, "gemeenten.json"), w =>
        {
            w.WriteString("bron", "Gateway.Bench.Figures: six real CBS codes of the province of Utrecht.");
            w.WriteStartArray("gemeenten");
            foreach (var g in RegionDesign.Gemeenten)
            {
                w.WriteStartObject();
                w.WriteString("code", g.Code);
                w.WriteString("naam", g.Naam);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
        WriteList(Path.Combine(lists, RegionDesign.LijstIjw + ".json"), RegionDesign.LijstIjw, "ijw", RegionDesign.Products.Where(p => p.Standard == Standard.Ijw && p.Lijst is null));
        WriteList(Path.Combine(lists, RegionDesign.LijstIwmo + ".json"), RegionDesign.LijstIwmo, "iwmo", RegionDesign.Products.Where(p => p.Standard == Standard.Iwmo && p.Lijst is null));
        WriteList(Path.Combine(lists, RegionDesign.LijstEigen + ".json"), RegionDesign.LijstEigen, null, RegionDesign.Products.Where(p => p.Lijst == RegionDesign.LijstEigen));
        Json(Path.Combine(directory, "contracts.json"), w =>
        {
            w.WriteString("beschrijving", "Gateway.Bench.Figures: generated region, every funding variant in both domains. Amounts in eurocents.");
            w.WriteStartArray("contracten");
            foreach (var contract in region.Contracts)
            {
                WriteContract(w, contract);
            }

            w.WriteEndArray();
            w.WriteStartArray("plafonds");
            foreach (var ceiling in ceilings)
            {
                WriteCeiling(w, ceiling);
            }

            w.WriteEndArray();
        });
    }

    private static void WriteContract(Utf8JsonWriter w, ContractSpec contract)
    {
        var product = contract.Product;
        w.WriteStartObject();
        w.WriteString("id", contract.Id);
        w.WriteString("standaard", product.Standard.Key());
        Gemeenten(w, contract.Gemeenten);
        w.WriteString("aanbieder", contract.Aanbieder.Agb);
        w.WriteString("perceel", product.Perceel);
        Product(w, product.Categorie, product.Code);
        if (product.Lijst is { } lijst)
        {
            w.WriteString("productcodelijst", lijst);
        }

        w.WriteStartObject("geldig");
        w.WriteString("van", $"{RegionDesign.Year}-01-01");
        w.WriteString("tot", $"{RegionDesign.Year + 1}-12-31");
        w.WriteEndObject();
        w.WriteString("variant", product.Variant.ToString().ToLowerInvariant());
        if (product.Taakgericht)
        {
            w.WriteBoolean("startStopAfgesproken", true);
            if (contract.Taakbudget is { } budget)
            {
                // Eurocents per calendar year (per gemeente the contract covers).
                w.WriteStartObject("taakbudget");
                w.WriteNumber(RegionDesign.Year.ToString(CultureInfo.InvariantCulture), budget);
                w.WriteEndObject();
            }
        }
        else
        {
            w.WriteString("eenheid", product.Eenheid);
            if (product.Tarief is { } tarief)
            {
                w.WriteStartObject("tarief");
                w.WriteNumber("basisjaar", RegionDesign.Year);
                w.WriteNumber("bedrag", tarief);
                w.WriteNumber("indexatiePercentage", product.Indexatie);
                w.WriteEndObject();
            }
        }

        w.WriteEndObject();
    }

    private static void WriteCeiling(Utf8JsonWriter w, CeilingSpec ceiling)
    {
        w.WriteStartObject();
        w.WriteString("id", ceiling.Id);
        w.WriteString("standaard", ceiling.Standard.Key());
        w.WriteNumber("jaar", RegionDesign.Year);
        if (ceiling.Aanbieder is { } aanbieder)
        {
            w.WriteString("aanbieder", aanbieder);
        }

        if (ceiling.Perceel is { } perceel)
        {
            w.WriteString("perceel", perceel);
        }

        if (ceiling.Categorie is { } categorie)
        {
            Product(w, categorie, ceiling.Code);
        }

        w.WriteNumber("bedrag", ceiling.Bedrag);
        w.WriteStartArray("drempels");
        w.WriteNumberValue(80);
        w.WriteNumberValue(100);
        w.WriteEndArray();
        w.WriteString("beleid", "warn");
        w.WriteEndObject();
    }

    private static void WriteList(string file, string name, string? standaardVoor, IEnumerable<ProductSpec> products) => Json(file, w =>
    {
        w.WriteString("lijst", name);
        if (standaardVoor is not null)
        {
            w.WriteString("standaardVoor", standaardVoor);
        }

        w.WriteString("bron", "Gateway.Bench.Figures: the products of the generated region (trajecten declared under a FICTITIOUS code).");
        w.WriteStartArray("producten");
        foreach (var product in products)
        {
            w.WriteStartObject();
            w.WriteString("categorie", product.Categorie);
            w.WriteString("code", product.DeclaredCode);
            w.WriteString("omschrijving", product.Omschrijving);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    });

    private static void Gemeenten(Utf8JsonWriter w, IReadOnlyList<string> gemeenten)
    {
        if (gemeenten.Count == 0)
        {
            w.WriteString("gemeenten", "regio");
            return;
        }

        w.WriteStartArray("gemeenten");
        foreach (var code in gemeenten)
        {
            w.WriteStringValue(code);
        }

        w.WriteEndArray();
    }

    private static void Product(Utf8JsonWriter w, string categorie, string? code)
    {
        w.WriteStartObject("product");
        w.WriteString("categorie", categorie);
        if (code is not null)
        {
            w.WriteString("code", code);
        }

        w.WriteEndObject();
    }

    private static void Json(string file, Action<Utf8JsonWriter> body)
    {
        using var stream = File.Create(file);
        using var writer = new Utf8JsonWriter(stream, Indented);
        writer.WriteStartObject();
        body(writer);
        writer.WriteEndObject();
    }

    /// <summary>Ceilings sized from the plan: some reached before December (80–95 % of what the year grants), one not.</summary>
    public static IReadOnlyList<CeilingSpec> Ceilings(IReadOnlyDictionary<(string Agb, string Categorie, string Code), long> planned)
    {
        var ceilings = new List<CeilingSpec>();
        long Percent(long amount, int percent) => Math.Max(1, amount * percent / 100);

        foreach (var (agb, amount) in planned.Where(p => p.Key.Code == "43A12").GroupBy(p => p.Key.Agb).Select(g => (g.Key, g.Sum(p => p.Value))).OrderByDescending(p => p.Item2).Take(3))
        {
            ceilings.Add(new CeilingSpec($"PL-{RegionDesign.Year}-VERBLIJF-{agb}", Standard.Ijw, agb, "verblijf", "43", "43A12", Percent(amount, 85)));
        }

        if (planned.Where(p => p.Key.Categorie == "45" && p.Key.Code is "45A48" or "45A21").GroupBy(p => p.Key.Agb).Select(g => (Agb: g.Key, Amount: g.Sum(p => p.Value))).MaxBy(p => p.Amount) is { Agb: not null } ambulant)
        {
            ceilings.Add(new CeilingSpec($"PL-{RegionDesign.Year}-AMBULANT-{ambulant.Agb}", Standard.Ijw, ambulant.Agb, "ambulant", null, null, Percent(ambulant.Amount, 80)));
        }

        var ggz = planned.Where(p => p.Key.Code == "54002").Sum(p => p.Value);
        if (ggz > 0)
        {
            ceilings.Add(new CeilingSpec($"PL-{RegionDesign.Year}-GGZ", Standard.Ijw, null, "ggz", "54", "54002", Percent(ggz, 110)));
        }

        var wmo = RegionDesign.Products.Where(p => p.Standard == Standard.Iwmo).Select(p => p.DeclaredCode).ToHashSet(StringComparer.Ordinal);
        foreach (var (agb, amount) in planned.Where(p => wmo.Contains(p.Key.Code)).GroupBy(p => p.Key.Agb).Select(g => (g.Key, g.Sum(p => p.Value))).OrderByDescending(p => p.Item2).Take(2))
        {
            ceilings.Add(new CeilingSpec($"PL-{RegionDesign.Year}-WMO-{agb}", Standard.Iwmo, agb, null, null, null, Percent(amount, 95)));
        }

        return [.. ceilings.Where(c => c.Bedrag > 0)];
    }
}
