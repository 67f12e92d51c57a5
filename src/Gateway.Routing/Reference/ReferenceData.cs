using System.Text.RegularExpressions;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Reference;

/// <summary>
/// The region's reference data (one immutable snapshot): the CBS gemeentecode list with validity dates and merger
/// successors, and the product code lists. Loaded from a directory:
/// <c>gemeenten.json</c> and <c>productcodes/*.json</c> (see <c>samples/region/reference/README.md</c>).
/// </summary>
public sealed class ReferenceData
{
    /// <summary>The gemeentecode file in the reference directory.</summary>
    public const string GemeentenFile = "gemeenten.json";

    /// <summary>The folder with one file per product code list.</summary>
    public const string ProductCodesFolder = "productcodes";

    private static readonly Regex GemeenteCodePattern = new("^[0-9]{4}$", RegexOptions.CultureInvariant);
    private static readonly Regex CategoriePattern = new("^[0-9A-Z]{2}$", RegexOptions.CultureInvariant);
    private static readonly Regex ProductCodePattern = new("^[0-9A-Z]{5}$", RegexOptions.CultureInvariant);

    private readonly IReadOnlyDictionary<string, GemeenteCode> _gemeenten;
    private readonly IReadOnlyDictionary<string, ProductCodeList> _lists;

    /// <summary>Creates a snapshot (tests and loaders).</summary>
    public ReferenceData(IEnumerable<GemeenteCode> gemeenten, IEnumerable<ProductCodeList> lists)
    {
        _gemeenten = gemeenten.ToDictionary(g => g.Code, StringComparer.Ordinal);
        _lists = lists.ToDictionary(l => l.Naam, StringComparer.Ordinal);
    }

    /// <summary>Every gemeentecode, current and ceased.</summary>
    public IEnumerable<GemeenteCode> Gemeenten => _gemeenten.Values;

    /// <summary>Every product code list.</summary>
    public IEnumerable<ProductCodeList> Lists => _lists.Values;

    /// <summary>The files a reference directory is made of (for change detection).</summary>
    public static IReadOnlyList<string> FilesIn(string directory)
    {
        var products = Path.Combine(directory, ProductCodesFolder);
        return [Path.Combine(directory, GemeentenFile), .. Directory.Exists(products) ? Directory.GetFiles(products, "*.json") : []];
    }

    /// <summary>The code's entry; null when it never was a CBS gemeentecode.</summary>
    public GemeenteCode? Gemeente(string code) => _gemeenten.GetValueOrDefault(code);

    /// <summary>True when <paramref name="code"/> is in the CBS list current on <paramref name="date"/>.</summary>
    public bool IsGemeenteValidOn(string code, DateOnly date) => Gemeente(code)?.IsValidOn(date) == true;

    /// <summary>The code that stands for <paramref name="code"/> on <paramref name="date"/>: itself when valid, else its successor chain.</summary>
    public string? CurrentCode(string code, DateOnly date)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var entry = Gemeente(code); entry is not null && seen.Add(entry.Code); entry = entry.Opvolger is { } next ? Gemeente(next) : null)
        {
            if (entry.IsValidOn(date))
            {
                return entry.Code;
            }
        }

        return null;
    }

    /// <summary>A list by name; null when unknown.</summary>
    public ProductCodeList? List(string naam) => _lists.GetValueOrDefault(naam);

    /// <summary>The region's default list for a standard (the one marked <c>standaardVoor</c>); null when none.</summary>
    public ProductCodeList? DefaultList(Standard standard) => _lists.Values.FirstOrDefault(l => l.StandaardVoor == standard);

    /// <summary>Loads and validates a reference directory; every problem is reported with file, line and entry.</summary>
    public static ReferenceData Load(string directory)
    {
        var errors = new List<ConfigurationError>();
        var gemeenten = LoadGemeenten(Path.Combine(directory, GemeentenFile), errors);
        var lists = new List<ProductCodeList>();
        foreach (var file in FilesIn(directory).Skip(1).Order(StringComparer.Ordinal))
        {
            if (LoadList(file, errors) is { } list)
            {
                if (lists.Any(l => l.Naam == list.Naam))
                {
                    errors.Add(new ConfigurationError(file, 1, "", $"list name '{list.Naam}' is used by another file too"));
                }
                else if (list.StandaardVoor is { } standard && lists.FirstOrDefault(l => l.StandaardVoor == standard) is { } other)
                {
                    errors.Add(new ConfigurationError(file, 1, "", $"'{other.Naam}' is already the default list for {standard.Key()}"));
                }
                else
                {
                    lists.Add(list);
                }
            }
        }

        if (errors.Count > 0)
        {
            throw new ConfigurationFileException(errors);
        }

        return new ReferenceData(gemeenten, lists);
    }

    private static List<GemeenteCode> LoadGemeenten(string file, List<ConfigurationError> errors)
    {
        JsonEntries json;
        try
        {
            json = JsonEntries.Open(file);
        }
        catch (ConfigurationFileException e)
        {
            errors.AddRange(e.Errors);
            return [];
        }

        using (json.Document)
        {
            var result = new List<(GemeenteCode Code, JsonEntries.Entry Entry)>();
            foreach (var (element, line, index) in json.Array("gemeenten"))
            {
                var entry = json.For(element, line, $"gemeenten[{index}]");
                var code = entry.String("code", required: true, GemeenteCodePattern);
                var naam = entry.String("naam", required: true);
                var vanaf = entry.Date("geldigVanaf");
                var tot = entry.Date("geldigTot");
                var opvolger = entry.String("opvolger", pattern: GemeenteCodePattern);
                if (vanaf is { } v && tot is { } t && t < v)
                {
                    entry.Error($"geldigTot {t:yyyy-MM-dd} is before geldigVanaf {v:yyyy-MM-dd}");
                }

                if (opvolger is not null && tot is null)
                {
                    entry.Error("a code with an opvolger must have a geldigTot (the last day it was valid)");
                }

                if (code is not null && result.Any(r => r.Code.Code == code))
                {
                    entry.Error($"code {code} appears twice");
                }
                else if (code is not null && naam is not null)
                {
                    result.Add((new GemeenteCode(code, naam, vanaf, tot, opvolger), entry));
                }
            }

            foreach (var (gemeente, entry) in result)
            {
                if (gemeente.Opvolger is { } next && result.All(r => r.Code.Code != next))
                {
                    entry.Error($"opvolger {next} is not in the list");
                }
            }

            errors.AddRange(json.Errors);
            return [.. result.Select(r => r.Code)];
        }
    }

    private static ProductCodeList? LoadList(string file, List<ConfigurationError> errors)
    {
        JsonEntries json;
        try
        {
            json = JsonEntries.Open(file);
        }
        catch (ConfigurationFileException e)
        {
            errors.AddRange(e.Errors);
            return null;
        }

        using (json.Document)
        {
            var header = json.For(json.Document.RootElement, 1, "");
            var naam = header.String("lijst", required: true);
            Standard? standaardVoor = null;
            if (header.String("standaardVoor") is { } text)
            {
                if (StandardNames.TryParse(text, out var standard))
                {
                    standaardVoor = standard;
                }
                else
                {
                    header.Error($"standaardVoor '{text}' is not ijw or iwmo");
                }
            }

            var products = new List<ProductCode>();
            foreach (var (element, line, index) in json.Array("producten"))
            {
                var entry = json.For(element, line, $"producten[{index}]");
                var categorie = entry.String("categorie", required: true, CategoriePattern);
                var code = entry.String("code", required: true, ProductCodePattern);
                var vanaf = entry.Date("geldigVanaf");
                var tot = entry.Date("geldigTot");
                if (categorie is null || code is null)
                {
                    continue;
                }

                if (products.Any(p => p.Categorie == categorie && p.Code == code))
                {
                    entry.Error($"product {categorie}/{code} appears twice");
                    continue;
                }

                products.Add(new ProductCode(categorie, code, vanaf, tot, entry.String("omschrijving")));
            }

            errors.AddRange(json.Errors);
            return json.Errors.Count == 0 && naam is not null ? new ProductCodeList(naam, standaardVoor, products) : null;
        }
    }
}
