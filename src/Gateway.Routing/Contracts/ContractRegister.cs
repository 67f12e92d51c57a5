using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Gateway.Messages.Standards;
using Gateway.Routing.Ledger;
using Gateway.Routing.Reference;
using Gateway.Routing.Volumes;

namespace Gateway.Routing.Contracts;

/// <summary>
/// The region's contract register (one immutable snapshot): contracted products and ceilings, loaded from a JSON file
/// (format: <c>samples/region/README.md</c>) and validated as a whole — overlapping contracts, units that do not fit
/// the variant, missing tariffs and ceilings that cover nothing are reported with file, line and entry.
/// </summary>
public sealed class ContractRegister
{
    private static readonly Regex AgbPattern = new("^[0-9]{8}$", RegexOptions.CultureInvariant);
    private static readonly Regex GemeentePattern = new("^[0-9]{4}$", RegexOptions.CultureInvariant);
    private static readonly Regex CategoriePattern = new("^[0-9A-Z]{2}$", RegexOptions.CultureInvariant);
    private static readonly Regex CodePattern = new("^[0-9A-Z]{5}$", RegexOptions.CultureInvariant);
    private static readonly Regex EenheidPattern = new("^[0-9]{2}$", RegexOptions.CultureInvariant);

    /// <summary>Creates a register (tests and the loader); not validated.</summary>
    public ContractRegister(IReadOnlyList<Contract> contracts, IReadOnlyList<Ceiling> ceilings)
    {
        Contracts = contracts;
        Ceilings = ceilings;
    }

    /// <summary>Every contracted product.</summary>
    public IReadOnlyList<Contract> Contracts { get; }

    /// <summary>Every ceiling.</summary>
    public IReadOnlyList<Ceiling> Ceilings { get; }

    /// <summary>
    /// The contract for this product between gemeente and provider on the date; a contract for the exact code wins over
    /// one for the whole category. Null when the provider is not contracted for it.
    /// </summary>
    public Contract? Find(Standard standard, string gemeente, string aanbieder, string categorie, string? code, DateOnly date) =>
        Contracts
            .Where(c => c.Standard == standard && c.Aanbieder == aanbieder && c.CoversGemeente(gemeente) && c.IsFor(categorie, code) && c.IsValidOn(date))
            .OrderBy(c => c.Code is null ? 1 : 0)
            .FirstOrDefault();

    /// <summary>True when gemeente and provider have any contract in this standard (on the date when given).</summary>
    public bool HasAny(Standard standard, string gemeente, string aanbieder, DateOnly? date = null) =>
        Contracts.Any(c => c.Standard == standard && c.Aanbieder == aanbieder && c.CoversGemeente(gemeente) && (date is null || c.IsValidOn(date.Value)));

    /// <summary>
    /// True when the product is taakgericht and its contract says 305/307 without a ToewijzingNummer are agreed (TR019's
    /// exception). A 305/307 line without a product cannot be judged and is not agreed.
    /// </summary>
    public bool IsStartStopAgreed(Standard standard, string gemeente, string aanbieder, string? categorie, string? code, DateOnly date) =>
        categorie is not null
        && Find(standard, gemeente, aanbieder, categorie, code, date) is { Variant: FundingVariant.Taakgericht, StartStopAfgesproken: true };

    /// <summary>The ceilings a prestatie under this contract counts towards (by the calendar year of the date).</summary>
    public IReadOnlyList<Ceiling> CeilingsFor(Contract contract, string gemeente, DateOnly date) =>
        [.. Ceilings.Where(c => c.Covers(contract, gemeente, date.Year))];

    /// <summary>
    /// This register with every listed gemeente standing also for the codes a municipal merger joined to it: a contract
    /// (or ceiling) that lists the successor covers the messages providers still send to a ceased code, and one that
    /// lists a ceased code covers its successor's. A contract without gemeenten covers every code already.
    /// </summary>
    public ContractRegister WithMergers(IGemeenteMergers mergers)
    {
        ArgumentNullException.ThrowIfNull(mergers);
        IReadOnlyList<string> Joined(IReadOnlyList<string> gemeenten) =>
            gemeenten.Count == 0 ? gemeenten : [.. gemeenten.SelectMany(mergers.JoinedCodes).Concat(gemeenten).Distinct(StringComparer.Ordinal)];
        return new ContractRegister(
            [.. Contracts.Select(c => c with { Gemeenten = Joined(c.Gemeenten) })],
            [.. Ceilings.Select(c => c with { Gemeenten = Joined(c.Gemeenten) })]);
    }

    /// <summary>Loads and validates a register file; throws <see cref="ConfigurationFileException"/> listing every problem.</summary>
    public static ContractRegister Load(string file)
    {
        var json = JsonEntries.Open(file);
        using (json.Document)
        {
            var contracts = new List<(Contract Contract, JsonEntries.Entry Entry)>();
            foreach (var (element, line, index) in json.Array("contracten"))
            {
                var entry = json.For(element, line, $"contracten[{index}]" + IdOf(element));
                if (ReadContract(entry) is { } contract)
                {
                    contracts.Add((contract, entry));
                }
            }

            CheckOverlaps(contracts);
            var ceilings = new List<Ceiling>();
            foreach (var (element, line, index) in json.Array("plafonds", required: false))
            {
                var entry = json.For(element, line, $"plafonds[{index}]" + IdOf(element));
                if (ReadCeiling(entry) is { } ceiling)
                {
                    if (ceilings.Any(c => c.Id == ceiling.Id))
                    {
                        entry.Error($"id {ceiling.Id} is used twice");
                    }
                    else if (!contracts.Any(c => CoversAnything(ceiling, c.Contract)))
                    {
                        entry.Error("covers no contract: check aanbieder, perceel, product, gemeenten and jaar");
                    }
                    else
                    {
                        ceilings.Add(ceiling);
                    }
                }
            }

            json.ThrowIfErrors();
            return new ContractRegister([.. contracts.Select(c => c.Contract)], ceilings);
        }
    }

    private static bool CoversAnything(Ceiling ceiling, Contract contract) =>
        contract.Van.Year <= ceiling.Jaar && (contract.Tot is null || contract.Tot.Value.Year >= ceiling.Jaar)
        && (ceiling.Gemeenten.Count == 0 ? true : ceiling.Gemeenten.Any(contract.CoversGemeente))
        && ceiling.Covers(contract, ceiling.Gemeenten.FirstOrDefault() ?? contract.Gemeenten.FirstOrDefault() ?? "", ceiling.Jaar);

    private static string IdOf(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? $" (id {id.GetString()})" : "";

    private static Contract? ReadContract(JsonEntries.Entry entry)
    {
        var id = entry.String("id", required: true);
        var standard = ReadStandard(entry, required: true);
        var gemeenten = ReadGemeenten(entry, required: true);
        var aanbieder = entry.String("aanbieder", required: true, AgbPattern);
        var perceel = entry.String("perceel");
        var product = entry.Object("product", required: true);
        var categorie = product?.String("categorie", required: true, CategoriePattern);
        var code = product?.String("code", pattern: CodePattern);
        var lijst = entry.String("productcodelijst");
        var geldig = entry.Object("geldig", required: true);
        var van = geldig?.Date("van", required: true);
        var tot = geldig?.Date("tot");
        var variant = ReadVariant(entry);
        var eenheid = entry.String("eenheid", pattern: EenheidPattern);
        var tarief = entry.Object("tarief") is { } t ? ReadTarief(t) : null;
        var startStop = entry.Bool("startStopAfgesproken");
        var taakbudget = ReadTaakbudget(entry, variant, van, tot);

        if (van is { } v && tot is { } e && e < v)
        {
            entry.Error($"geldig.tot {e:yyyy-MM-dd} is before geldig.van {v:yyyy-MM-dd}");
        }

        if (variant is FundingVariant.Taakgericht)
        {
            if (eenheid is not null || tarief is not null)
            {
                entry.Error("a taakgericht product has no eenheid and no tarief: it is paid as a lump sum outside the messages");
            }
        }
        else if (variant is { } fv)
        {
            if (startStop)
            {
                entry.Error("startStopAfgesproken only applies to taakgericht products; inspannings- and outputgericht always exchange 305/307");
            }

            if (eenheid is null)
            {
                entry.Error($"\"eenheid\" is missing: an {Name(fv)} product needs its unit");
            }
            else if (!Eenheden.Fits(eenheid, fv))
            {
                entry.Error($"eenheid {eenheid} does not fit {Name(fv)} (inspanningsgericht: 01, 04, 14, 16, 84; outputgericht: 82, 83)");
            }
            else if (eenheid == Eenheden.Euro && tarief is not null)
            {
                entry.Error("eenheid 83 (euro's) has no tarief: the volume is the amount");
            }
            else if (eenheid != Eenheden.Euro && tarief is null)
            {
                entry.Error($"\"tarief\" is missing: eenheid {eenheid} is paid as volume × tarief");
            }
            else if (tarief is not null && van is { } from)
            {
                var lastYear = (tot ?? from).Year;
                for (var year = from.Year; year <= lastYear; year++)
                {
                    if (tarief.For(year) is null)
                    {
                        entry.Error($"tarief has no amount for {year} (give perJaar.{year} or a basisjaar ≤ {year})");
                        break;
                    }
                }
            }
        }

        if (id is null || standard is null || gemeenten is null || aanbieder is null || categorie is null || van is null || variant is null)
        {
            return null;
        }

        return new Contract
        {
            Id = id,
            Standard = standard.Value,
            Gemeenten = gemeenten,
            Aanbieder = aanbieder,
            Perceel = perceel,
            Categorie = categorie,
            Code = code,
            ProductCodeLijst = lijst,
            Van = van.Value,
            Tot = tot,
            Variant = variant.Value,
            Eenheid = eenheid,
            Tarief = tarief,
            StartStopAfgesproken = startStop,
            Taakbudget = taakbudget,
        };
    }

    private static Dictionary<int, long> ReadTaakbudget(JsonEntries.Entry entry, FundingVariant? variant, DateOnly? van, DateOnly? tot)
    {
        var budget = new Dictionary<int, long>();
        if (entry.Object("taakbudget") is not { } table)
        {
            return budget;
        }

        if (variant is not null and not FundingVariant.Taakgericht)
        {
            entry.Error($"taakbudget only applies to taakgericht products: an {Name(variant.Value)} product is paid per prestatie");
            return budget;
        }

        foreach (var property in table.Element.EnumerateObject())
        {
            if (!int.TryParse(property.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                || property.Value.ValueKind != JsonValueKind.Number || !property.Value.TryGetInt64(out var amount) || amount < 0)
            {
                entry.Error($"taakbudget entry \"{property.Name}\" must be a calendar year with a whole number of eurocents, 0 or more (e.g. \"2026\": 1200000)");
                continue;
            }

            if (van is { } from && (year < from.Year || (tot is { } until && year > until.Year)))
            {
                entry.Error($"taakbudget year {year} lies outside geldig ({from.Year}–{(tot is { } last ? last.Year.ToString(CultureInfo.InvariantCulture) : "open")})");
                continue;
            }

            budget[year] = amount;
        }

        return budget;
    }

    private static Tarief? ReadTarief(JsonEntries.Entry entry)
    {
        var basisjaar = entry.Long("basisjaar", min: 2015);
        var bedrag = entry.Long("bedrag", min: 0);
        var indexatie = entry.Decimal("indexatiePercentage") ?? 0m;
        var perJaar = new Dictionary<int, long>();
        if (entry.Object("perJaar") is { } table)
        {
            foreach (var property in table.Element.EnumerateObject())
            {
                if (!int.TryParse(property.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                    || property.Value.ValueKind != JsonValueKind.Number || !property.Value.TryGetInt64(out var amount) || amount < 0)
                {
                    entry.Error($"tarief.perJaar entry \"{property.Name}\" must be a year with a whole number of eurocents");
                    continue;
                }

                perJaar[year] = amount;
            }
        }

        if ((basisjaar is null) != (bedrag is null))
        {
            entry.Error("tarief needs both basisjaar and bedrag (or only perJaar)");
            return null;
        }

        if (basisjaar is null && perJaar.Count == 0)
        {
            entry.Error("tarief needs basisjaar + bedrag (+ indexatiePercentage) or perJaar");
            return null;
        }

        if (indexatie is < -50m or > 50m)
        {
            entry.Error($"indexatiePercentage {indexatie} is not a plausible yearly percentage");
        }

        return new Tarief(basisjaar is { } b ? (int)b : null, bedrag, indexatie, perJaar);
    }

    private static Ceiling? ReadCeiling(JsonEntries.Entry entry)
    {
        var id = entry.String("id", required: true);
        var standard = ReadStandard(entry, required: false);
        var jaar = entry.Long("jaar", required: true, min: 2015);
        var bedrag = entry.Long("bedrag", required: true, min: 1);
        var aanbieder = entry.String("aanbieder", pattern: AgbPattern);
        var perceel = entry.String("perceel");
        var product = entry.Object("product");
        var categorie = product?.String("categorie", required: true, CategoriePattern);
        var code = product?.String("code", pattern: CodePattern);
        var gemeenten = ReadGemeenten(entry, required: false) ?? [];
        var drempels = new List<int>();
        if (entry.Has("drempels"))
        {
            var array = entry.Element.GetProperty("drempels");
            var values = array.ValueKind == JsonValueKind.Array ? array.EnumerateArray().ToList() : [array];
            foreach (var value in values)
            {
                if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var pct) && pct is > 0 and <= 500)
                {
                    drempels.Add(pct);
                }
                else
                {
                    entry.Error($"drempel {value} must be a whole percentage between 1 and 500 (e.g. [80, 100])");
                }
            }
        }

        if (drempels.Count == 0)
        {
            drempels.AddRange([80, 100]);
        }

        var beleidText = entry.String("beleid") ?? "warn";
        CeilingPolicy? beleid = beleidText switch
        {
            "warn" => CeilingPolicy.Warn,
            "hold" => CeilingPolicy.Hold,
            _ => null,
        };
        if (beleid is null)
        {
            entry.Error($"beleid '{beleidText}' is not warn or hold");
        }

        if (aanbieder is null && perceel is null && categorie is null)
        {
            entry.Error("a ceiling needs a scope: aanbieder, perceel and/or product");
        }

        return id is null || jaar is null || bedrag is null || beleid is null
            ? null
            : new Ceiling(id, standard, (int)jaar, bedrag.Value, aanbieder, perceel, categorie, code, gemeenten, [.. drempels.Distinct().Order()], beleid.Value);
    }

    private static Standard? ReadStandard(JsonEntries.Entry entry, bool required)
    {
        var text = entry.String("standaard", required);
        if (text is null)
        {
            return null;
        }

        if (StandardNames.TryParse(text, out var standard))
        {
            return standard;
        }

        entry.Error($"standaard '{text}' is not ijw or iwmo");
        return null;
    }

    private static IReadOnlyList<string>? ReadGemeenten(JsonEntries.Entry entry, bool required)
    {
        var values = entry.Strings("gemeenten", required);
        if (values.Count == 1 && values[0] == "regio")
        {
            return [];
        }

        if (values.Count == 0)
        {
            if (required && entry.Has("gemeenten"))
            {
                entry.Error("gemeenten is empty: list gemeentecodes or write \"regio\"");
            }

            return required ? null : [];
        }

        var bad = values.Where(v => !GemeentePattern.IsMatch(v)).ToList();
        if (bad.Count > 0)
        {
            entry.Error($"gemeenten {string.Join(", ", bad)} are not four-digit CBS codes (or \"regio\")");
            return null;
        }

        return values;
    }

    private static FundingVariant? ReadVariant(JsonEntries.Entry entry)
    {
        var text = entry.String("variant", required: true);
        switch (text)
        {
            case null: return null;
            case "inspanningsgericht": return FundingVariant.Inspanningsgericht;
            case "outputgericht": return FundingVariant.Outputgericht;
            case "taakgericht": return FundingVariant.Taakgericht;
            default:
                entry.Error($"variant '{text}' is not inspanningsgericht, outputgericht or taakgericht");
                return null;
        }
    }

    private static void CheckOverlaps(List<(Contract Contract, JsonEntries.Entry Entry)> contracts)
    {
        for (var i = 0; i < contracts.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                var (a, entry) = contracts[i];
                var b = contracts[j].Contract;
                var sameParties = a.Standard == b.Standard && a.Aanbieder == b.Aanbieder
                    && (a.Gemeenten.Count == 0 || b.Gemeenten.Count == 0 || a.Gemeenten.Intersect(b.Gemeenten).Any());
                var sameProduct = a.Categorie == b.Categorie && a.Code == b.Code;
                var overlap = a.Van <= (b.Tot ?? DateOnly.MaxValue) && b.Van <= (a.Tot ?? DateOnly.MaxValue);
                if (sameParties && sameProduct && overlap)
                {
                    entry.Error($"overlaps contract {b.Id} for the same gemeente, aanbieder and product; end one before the other starts");
                }
            }
        }
    }

    private static string Name(FundingVariant variant) => variant.ToString().ToLowerInvariant();
}
