using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace Gateway.Bench.Conformance;

/// <summary>
/// Mutants of an example message: one or two small edits of the kinds that level-2 rules judge (a date moved, a code
/// changed, an optional element left out, a repeating class doubled, an amount or BSN nudged, an optional element
/// added). Deterministic: the same seed and example give the same mutants in the same order.
/// </summary>
internal sealed class MutantGenerator
{
    private static readonly string[] BoundaryDates = ["1900-01-01", "2020-12-31", "2021-01-01"];
    private static readonly int[] DateShifts = [-1, 1, -31, 31, -365, 365, -1830, -45000];

    private static readonly Dictionary<string, string[]> CodePools = new(StringComparer.Ordinal)
    {
        ["NaamGebruik"] = ["1", "2", "3", "4", "5", "6"],
        ["Soort"] = ["01", "02", "03", "04"],
        ["DatumGebruik"] = ["1", "2", "3"],
        ["StatusAanlevering"] = ["1", "2", "3"],
        ["DebetCredit"] = ["D", "C"],
        ["Eenheid"] = ["01", "04", "14", "16", "82", "83", "84"],
        ["Frequentie"] = ["1", "2", "3", "4", "5", "6"],
        ["RedenWijziging"] = ["01", "02", "13"],
        ["VerzoekAntwoord"] = ["1", "2"],
        ["RedenAfwijzingVerzoek"] = ["1", "2", "8"],
        ["LandCode"] = ["NL", "BE", "DE"],
        ["Postcode"] = ["1234AB", "1234 AB", "0123AB", "1234ab", "12345A"],
        ["Type"] = ["01", "02", "03", "06"],
        ["Categorie"] = ["01", "02", "12", "13", "45", "54"],
    };

    private static readonly string[] Removable =
    [
        "Postcode", "LandCode", "Huis", "Telefoon", "Einddatum", "ToewijzingEinddatum", "Omvang", "Budget", "Code",
        "ProductTarief", "VorigReferentieNummer", "DatumGebruik", "Woonplaatsbeginsel", "RedenAfwijzingVerzoek",
        "ZorgverlenerCode", "Naam", "Partnernaam", "OngewijzigdeProducten", "TeWijzigenProducten", "Contactgegevens",
    ];

    private static readonly string[] Repeating =
    [
        "Contact", "Relatie", "ToegewezenProduct", "StartProduct", "StopProduct", "AangevraagdProduct",
        "TeWijzigenProduct", "OngewijzigdProduct", "NieuwProduct", "Prestatie", "Client",
    ];

    private static readonly string[] Amounts = ["Bedrag", "TotaalBedrag", "GeleverdVolume", "Volume", "Budget"];

    private readonly Random _random;
    private readonly XDocument _example;

    public MutantGenerator(int seed, string exampleName, XDocument example)
    {
        // A stable per-example seed (string.GetHashCode differs per process).
        var salt = Encoding.UTF8.GetBytes(exampleName).Aggregate(17, (h, b) => unchecked((h * 31) + b));
        _random = new Random(seed ^ salt);
        _example = example;
    }

    /// <summary>An endless stream of mutants, each with a one-line description of its edits.</summary>
    public IEnumerable<(string Edits, byte[] Message)> Mutants()
    {
        while (true)
        {
            var doc = new XDocument(_example);
            var edits = new List<string>();
            var count = _random.Next(1, 3);
            for (var i = 0; i < count; i++)
            {
                if (Mutate(doc) is { } edit)
                {
                    edits.Add(edit);
                }
            }

            if (edits.Count > 0)
            {
                yield return (string.Join("; ", edits), Encoding.UTF8.GetBytes(doc.ToString(SaveOptions.DisableFormatting)));
            }
        }
    }

    private string? Mutate(XDocument doc) => _random.Next(8) switch
    {
        0 => MoveDate(doc),
        1 => ChangeCode(doc),
        2 => RemoveOptional(doc),
        3 => DoubleClass(doc),
        4 => NudgeAmount(doc),
        5 => NudgeBsn(doc),
        6 => AddOptional(doc),
        _ => ChangeCode(doc),
    };

    private string? MoveDate(XDocument doc)
    {
        var dates = doc.Descendants().Where(e => !e.HasElements && IsDate(e.Value)).ToList();
        if (dates.Count == 0)
        {
            return null;
        }

        var element = Pick(dates);
        var value = _random.Next(4) == 0
            ? Pick(BoundaryDates)
            : DateOnly.ParseExact(element.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(Pick(DateShifts)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        element.Value = value;
        return $"{element.Name.LocalName}={value}";
    }

    private string? ChangeCode(XDocument doc)
    {
        var candidates = doc.Descendants().Where(e => !e.HasElements && CodePools.ContainsKey(e.Name.LocalName)).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var element = Pick(candidates);
        element.Value = Pick(CodePools[element.Name.LocalName]);
        return $"{element.Name.LocalName}={element.Value}";
    }

    private string? RemoveOptional(XDocument doc)
    {
        var candidates = doc.Descendants().Where(e => Removable.Contains(e.Name.LocalName)).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var element = Pick(candidates);
        element.Remove();
        return $"-{element.Name.LocalName}";
    }

    private string? DoubleClass(XDocument doc)
    {
        var candidates = doc.Descendants().Where(e => Repeating.Contains(e.Name.LocalName) && e.HasElements).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var element = Pick(candidates);
        element.AddAfterSelf(new XElement(element));
        return $"2x{element.Name.LocalName}";
    }

    private string? NudgeAmount(XDocument doc)
    {
        var candidates = doc.Descendants().Where(e => !e.HasElements && Amounts.Contains(e.Name.LocalName)).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var element = Pick(candidates);
        if (!long.TryParse(element.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
        {
            return null;
        }

        var value = _random.Next(3) switch { 0 => 0, 1 => amount + 1, _ => Math.Max(0, amount - 1) };
        element.Value = value.ToString(CultureInfo.InvariantCulture);
        return $"{element.Name.LocalName}={element.Value}";
    }

    private string? NudgeBsn(XDocument doc)
    {
        var candidates = doc.Descendants().Where(e => e.Name.LocalName == "Bsn" && e.Value.Length == 9).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var element = Pick(candidates);
        var last = (element.Value[8] - '0' + _random.Next(1, 10)) % 10;
        element.Value = element.Value[..8] + last.ToString(CultureInfo.InvariantCulture);
        return "Bsn-digit";
    }

    private string? AddOptional(XDocument doc)
    {
        var choice = _random.Next(4);
        var (after, name, value) = choice switch
        {
            0 => ("Datum", "DatumGebruik", Pick(CodePools["DatumGebruik"])),
            1 => ("Omvang", "Budget", "100000"),
            2 => ("Einddatum", "RedenWijziging", Pick(CodePools["RedenWijziging"])),
            _ => ("Eenheid", "ProductTarief", "1000"),
        };
        var candidates = doc.Descendants()
            .Where(e => e.Name.LocalName == after && e.ElementsAfterSelf().All(s => s.Name.LocalName != name))
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var sibling = Pick(candidates);
        sibling.AddAfterSelf(new XElement(sibling.Name.Namespace + name, value));
        return $"+{name}={value}";
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private static bool IsDate(string text) =>
        text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
