using System.Globalization;
using Gateway.Messages.Standards;
using Gateway.Routing.Volumes;

namespace Gateway.Bench.Figures.Region;

/// <summary>
/// The generated region: six gemeenten of the province of Utrecht (real CBS codes), providers of both domains with a
/// skewed size distribution (a few large parties, a long tail of small ones, as the regions in
/// <c>shared/domain/context.md</c> describe), and a contract per provider and product in all three funding variants with
/// the region's fixed tariffs. Deterministic for a seed.
/// </summary>
internal sealed class RegionDesign
{
    /// <summary>The calendar year the benchmark generates.</summary>
    public const int Year = 2026;

    /// <summary>Providers of a 50,000-client region (context.md: 300–350 contracted providers is common).</summary>
    public const int FullRegionProviders = 300;

    /// <summary>Clients the default run generates.</summary>
    public const int FullRegionClients = 50_000;

    /// <summary>The lists the contracts use; the region's default list per domain and the gemeenten's own list.</summary>
    public const string LijstIjw = "bench-ijw";
    public const string LijstIwmo = "bench-iwmo";
    public const string LijstEigen = "bench-eigen";

    private const double ZipfExponent = 1.1;

    public static readonly IReadOnlyList<GemeenteSpec> Gemeenten =
    [
        new("0355", "Zeist", 66_000),
        new("0356", "Nieuwegein", 64_000),
        new("0321", "Houten", 51_000),
        new("1581", "Utrechtse Heuvelrug", 50_000),
        new("0353", "IJsselstein", 34_000),
        new("0352", "Wijk bij Duurstede", 24_000),
    ];

    /// <summary>
    /// The products. Tariffs follow the sample region (€ 98,50 an hour of ambulant youth care, € 69,40 of Wmo
    /// begeleiding, € 264,80 a month of household help); a residential week at € 1.450 makes the small group of residential
    /// clients a large part of the youth budget, as the regions report.
    /// </summary>
    public static readonly IReadOnlyList<ProductSpec> Products =
    [
        new("jw-ambulant", Standard.Ijw, FundingVariant.Inspanningsgericht, "45", "45A48", "45A48", Eenheden.Uur, Frequenties.PerWeek, 9850, 2.5m, 1, 4, 3, 12, 42, "ambulant", null, "Jeugdhulp ambulant regulier, per uur"),
        new("jw-ambulant-spec", Standard.Ijw, FundingVariant.Inspanningsgericht, "45", "45A21", "45A21", Eenheden.Uur, Frequenties.PerWeek, 11500, 2.5m, 2, 5, 3, 9, 14, "ambulant", null, "Jeugdhulp ambulant specialistisch, per uur"),
        new("jw-ggz", Standard.Ijw, FundingVariant.Inspanningsgericht, "54", "54002", "54002", Eenheden.Uur, Frequenties.PerWeek, 11500, 3.0m, 1, 3, 3, 12, 20, "ggz", null, "Jeugd-GGZ behandeling, per uur"),
        new("jw-verblijf", Standard.Ijw, FundingVariant.Outputgericht, "43", "43A12", "43A12", Eenheden.StuksOutput, Frequenties.PerWeek, 145000, 2.0m, 1, 1, 6, 18, 3, "verblijf", null, "Verblijf, per week"),
        new("jw-traject", Standard.Ijw, FundingVariant.Outputgericht, "55", null, "55L01", Eenheden.Euro, null, null, 0m, 300_000, 1_200_000, 6, 12, 9, "traject", null, "Trajectfinanciering jeugd, budget in euro's"),
        new("jw-wijkteam", Standard.Ijw, FundingVariant.Taakgericht, "45", "45U01", "45U01", null, null, null, 0m, 0, 0, 0, 0, 12, "wijk", LijstEigen, "Wijkteam jeugd, taakgericht (start/stop afgesproken)"),
        new("wmo-begeleiding", Standard.Iwmo, FundingVariant.Inspanningsgericht, "02", "02A01", "02A01", Eenheden.Uur, Frequenties.PerWeek, 6940, 3.1m, 2, 6, 6, 12, 38, "begeleiding", null, "Begeleiding individueel, per uur"),
        new("wmo-dagbesteding", Standard.Iwmo, FundingVariant.Inspanningsgericht, "03", "03A01", "03A01", Eenheden.Dagdeel, Frequenties.PerWeek, 4500, 3.1m, 2, 6, 6, 12, 18, "dagbesteding", null, "Dagbesteding, per dagdeel"),
        new("wmo-huishouden", Standard.Iwmo, FundingVariant.Outputgericht, "01", "01A03", "01A03", Eenheden.StuksOutput, Frequenties.PerMaand, 26480, 2.0m, 1, 1, 12, 12, 30, "huishouden", null, "Hulp bij het huishouden, resultaat per maand"),
        new("wmo-traject", Standard.Iwmo, FundingVariant.Outputgericht, "06", null, "06L01", Eenheden.Euro, null, null, 0m, 150_000, 600_000, 6, 12, 5, "traject", null, "Specialistische begeleiding, traject in euro's"),
        new("wmo-wijkteam", Standard.Iwmo, FundingVariant.Taakgericht, "01", "01U01", "01U01", null, null, null, 0m, 0, 0, 0, 0, 6, "wijk", LijstEigen, "Wijkteam Wmo, taakgericht (start/stop afgesproken)"),
    ];

    /// <summary>How often a provider of the domain is contracted for a client-level product (the rest is drawn per provider).</summary>
    private static readonly IReadOnlyDictionary<string, double> ContractChance = new Dictionary<string, double>
    {
        ["jw-ambulant"] = 0.8,
        ["jw-ambulant-spec"] = 0.35,
        ["jw-ggz"] = 0.4,
        ["jw-verblijf"] = 0.12,
        ["jw-traject"] = 0.25,
        ["wmo-begeleiding"] = 0.85,
        ["wmo-dagbesteding"] = 0.45,
        ["wmo-huishouden"] = 0.35,
        ["wmo-traject"] = 0.2,
    };

    private RegionDesign(IReadOnlyList<ProviderSpec> providers, IReadOnlyList<ContractSpec> contracts)
    {
        Providers = providers;
        Contracts = contracts;
    }

    public IReadOnlyList<ProviderSpec> Providers { get; }

    public IReadOnlyList<ContractSpec> Contracts { get; }

    /// <summary>Providers for a region of <paramref name="clients"/> clients: 300 at 50,000, in proportion below (at least 10).</summary>
    public static int ProvidersFor(int clients) =>
        Math.Clamp((int)Math.Round(clients * (double)FullRegionProviders / FullRegionClients), 10, FullRegionProviders);

    public static RegionDesign Create(int providerCount, Random random)
    {
        var providers = new List<ProviderSpec>(providerCount);
        var ranks = Enumerable.Range(1, providerCount).OrderBy(_ => random.Next()).ToArray();
        for (var i = 0; i < providerCount; i++)
        {
            // 45 % youth only, 40 % Wmo only, 15 % both (Nijmegen: 99 Wmo and 98 youth providers, some in both).
            var draw = random.NextDouble();
            Standard[] standards = draw < 0.45 ? [Standard.Ijw] : draw < 0.85 ? [Standard.Iwmo] : [Standard.Ijw, Standard.Iwmo];
            var prefix = standards.Length == 2 ? "41" : standards[0] == Standard.Ijw ? "73" : "98";
            var agb = string.Create(CultureInfo.InvariantCulture, $"{prefix}{i + 1:D6}");
            providers.Add(new ProviderSpec(agb, standards, 1 / Math.Pow(ranks[i], ZipfExponent)) { DeclaratieDag = 2 + random.Next(10) });
        }

        var contracts = new List<ContractSpec>();
        foreach (var provider in providers)
        {
            foreach (var standard in provider.Standards)
            {
                var offered = Products.Where(p => p.Standard == standard && !p.Taakgericht && random.NextDouble() < ContractChance[p.Key]).ToList();
                if (offered.Count == 0)
                {
                    offered.Add(Products.First(p => p.Standard == standard));
                }

                foreach (var product in offered)
                {
                    // Most contracts are region-wide; some providers work only in a few gemeenten.
                    IReadOnlyList<string> gemeenten = random.NextDouble() < 0.85
                        ? []
                        : [.. Gemeenten.OrderBy(_ => random.Next()).Take(1 + random.Next(4)).Select(g => g.Code).Order(StringComparer.Ordinal)];
                    contracts.Add(new ContractSpec(ContractId(standard, contracts.Count), provider, product, gemeenten, null));
                }
            }
        }

        // Taakgericht: the two largest providers of each domain run the wijkteams, each for half of the gemeenten, paid a
        // lump sum of € 25 per inhabitant a year.
        foreach (var product in Products.Where(p => p.Taakgericht))
        {
            var runners = providers.Where(p => p.Standards.Contains(product.Standard)).OrderByDescending(p => p.Weight).Take(2).ToList();
            for (var i = 0; i < runners.Count; i++)
            {
                var share = Gemeenten.Where((_, index) => index % runners.Count == i).ToList();
                contracts.Add(new ContractSpec(ContractId(product.Standard, contracts.Count), runners[i], product, [.. share.Select(g => g.Code)], share.Sum(g => g.Inwoners * 2500L)));
            }
        }

        return new RegionDesign(providers, contracts);
    }

    private static string ContractId(Standard standard, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{(standard == Standard.Ijw ? "JW" : "WMO")}-{Year}-{index + 1:D4}");
}
