using System.Globalization;
using Gateway.Messages.Standards;

namespace Gateway.HubSimulator.Provider;

/// <summary>
/// The sample region the simulated providers work in: gemeenten, aanbieders and clients, generated from a
/// seed so a run is repeatable.
/// </summary>
public sealed class SampleRegion
{
    private static readonly string[] Achternamen = ["Jansen", "de Vries", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Vos", "Peters", "Hendriks"];

    private SampleRegion(IReadOnlyList<SampleGemeente> gemeenten, IReadOnlyList<SampleAanbieder> aanbieders, IReadOnlyList<SampleClient> clients)
    {
        Gemeenten = gemeenten;
        Aanbieders = aanbieders;
        Clients = clients;
    }

    /// <summary>The three default gemeenten.</summary>
    public static IReadOnlyList<SampleGemeente> DefaultGemeenten { get; } =
        [new("0363", "Amsterdam"), new("0599", "Rotterdam"), new("0518", "'s-Gravenhage")];

    /// <summary>The five default aanbieders.</summary>
    public static IReadOnlyList<SampleAanbieder> DefaultAanbieders { get; } =
    [
        new("12345678", "Zorg Samen BV"), new("23456789", "Jeugdhulp Noord"), new("34567890", "Thuishulp West"),
        new("45678901", "Begeleiding Plus"), new("56789012", "Dagbesteding Oost"),
    ];

    /// <summary>The gemeenten of the region.</summary>
    public IReadOnlyList<SampleGemeente> Gemeenten { get; }

    /// <summary>The aanbieders of the region.</summary>
    public IReadOnlyList<SampleAanbieder> Aanbieders { get; }

    /// <summary>The made-up clients of the region.</summary>
    public IReadOnlyList<SampleClient> Clients { get; }

    /// <summary>A region with <paramref name="clients"/> clients spread over the gemeenten and both standards.</summary>
    public static SampleRegion Create(int seed = 42, int clients = 300, IReadOnlyList<SampleGemeente>? gemeenten = null, IReadOnlyList<SampleAanbieder>? aanbieders = null)
    {
        gemeenten ??= DefaultGemeenten;
        aanbieders ??= DefaultAanbieders;
        var random = new Random(seed);
        var bsns = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<SampleClient>(clients);
        while (list.Count < clients)
        {
            var bsn = NextBsn(random);
            if (!bsns.Add(bsn))
            {
                continue;
            }

            var standard = random.Next(2) == 0 ? Standard.Ijw : Standard.Iwmo;
            var age = standard == Standard.Ijw ? random.Next(1, 18) : random.Next(20, 95);
            var birth = new DateOnly(2025 - age, random.Next(1, 13), random.Next(1, 29));
            list.Add(new SampleClient(
                bsn,
                birth,
                random.Next(2) == 0 ? "1" : "2",
                Achternamen[random.Next(Achternamen.Length)],
                ((char)('A' + random.Next(26))).ToString(),
                gemeenten[random.Next(gemeenten.Count)].Code,
                standard));
        }

        return new SampleRegion(gemeenten, aanbieders, list);
    }

    /// <summary>A fictitious BSN: 999 followed by five random digits and a check digit that passes the 11-proef.</summary>
    public static string NextBsn(Random random)
    {
        while (true)
        {
            var digits = new int[9];
            digits[0] = digits[1] = digits[2] = 9;
            for (var i = 3; i < 8; i++)
            {
                digits[i] = random.Next(10);
            }

            var sum = 0;
            for (var i = 0; i < 8; i++)
            {
                sum += digits[i] * (9 - i);
            }

            var check = sum % 11;
            if (check == 10)
            {
                continue;
            }

            digits[8] = check;
            return string.Concat(digits.Select(d => d.ToString(CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>The 11-proef (CS002): 9 digits, weighted sum with the last digit at weight −1 divisible by 11.</summary>
    public static bool PassesElfproef(string bsn)
    {
        if (bsn.Length != 9 || !bsn.All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (bsn[i] - '0') * (9 - i);
        }

        sum -= bsn[8] - '0';
        return sum % 11 == 0;
    }
}
