using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Pipeline;

namespace Gateway.Routing.Tests.Ledger;

/// <summary>Schema-valid 323s of provider 41101234 to gemeente 0344 for the client of <see cref="Traffic"/>, and reading their 325.</summary>
internal static class Declaraties
{
    public static readonly GeslotenPeriode Oktober = new(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31));

    /// <summary>The month before <see cref="Oktober"/>: an earlier ProductPeriode, so a second debit there is no TR389 repeat.</summary>
    public static readonly GeslotenPeriode September = new(new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 30));

    public static readonly GeslotenPeriode Augustus = new(new DateOnly(2026, 8, 1), new DateOnly(2026, 8, 31));

    private static int _nummer;

    public static Prestatie Prestatie(this Traffic t, string referentie, long toewijzing, long volume = 8, string eenheid = "04", long? tarief = 6000, string dc = "D", string? vorig = null, Product? product = null, GeslotenPeriode? periode = null) => new()
    {
        ProductReferentie = new Referentie(referentie, vorig),
        ToewijzingNummer = toewijzing,
        ProductCategorie = (product ?? t.Product).Categorie,
        ProductCode = (product ?? t.Product).Code!,
        ProductPeriode = periode ?? Oktober,
        GeleverdVolume = volume,
        Eenheid = eenheid,
        ProductTarief = tarief,
        IngediendBedrag = new BedragMetDC(tarief is { } t2 ? volume * t2 : volume, dc),
    };

    public static Bericht323 Bericht323(this Traffic t, params Prestatie[] prestaties) => t.Bericht323WithNummer("D" + Interlocked.Increment(ref _nummer).ToString("D8", System.Globalization.CultureInfo.InvariantCulture), prestaties);

    public static Bericht323 Bericht323WithNummer(this Traffic t, string nummer, params Prestatie[] prestaties) => t.Bericht323For(Oktober, nummer, prestaties);

    /// <summary>A 323 for <paramref name="periode"/> (the DeclaratiePeriode), dated <see cref="Traffic.Today"/>.</summary>
    public static Bericht323 Bericht323For(this Traffic t, GeslotenPeriode periode, string nummer, params Prestatie[] prestaties)
    {
        var saldo = prestaties.Sum(p => p.IngediendBedrag.DebetCredit == "C" ? -p.IngediendBedrag.Bedrag : p.IngediendBedrag.Bedrag);
        return new Bericht323
        {
            Standard = t.Standard,
            Header = t.Header(MessageCode.Declaratie),
            Declaratie = new Declaratie
            {
                DeclaratieNummer = nummer,
                DeclaratiePeriode = periode,
                DeclaratieDagtekening = t.Today,
                TotaalIngediendBedrag = new TotaalBedragMetDC(Math.Abs(saldo), saldo < 0 ? "C" : "D"),
                Clienten = [new DeclaratieClient { Bsn = Traffic.Bsn, Prestaties = prestaties }],
            },
        };
    }

    /// <summary>The same 323 declared over another DeclaratiePeriode.</summary>
    public static Bericht323 Over(this Bericht323 bericht, GeslotenPeriode periode) =>
        bericht with { Declaratie = bericht.Declaratie with { DeclaratiePeriode = periode } };

    /// <summary>The same 323 with its i-th prestatie declared for the client with <paramref name="bsns"/>[i] (same totals).</summary>
    public static Bericht323 PerClient(this Bericht323 bericht, params string[] bsns)
    {
        var prestaties = bericht.Declaratie.Clienten.SelectMany(c => c.Prestaties).ToList();
        Assert.Equal(prestaties.Count, bsns.Length);
        var clienten = prestaties.Select((p, i) => (Bsn: bsns[i], Prestatie: p)).GroupBy(x => x.Bsn, StringComparer.Ordinal)
            .Select(g => new DeclaratieClient { Bsn = g.Key, Prestaties = [.. g.Select(x => x.Prestatie)] });
        return bericht with { Declaratie = bericht.Declaratie with { Clienten = [.. clienten] } };
    }

    /// <summary>Receives a 323 and returns its 325.</summary>
    public static async Task<Bericht325> DeclareAsync(this Traffic t, Bericht323 bericht)
    {
        var (receipt, answer) = await t.ReceiveAsync(bericht);
        Assert.True(answer is not null, $"No 325: {receipt.Disposition} {string.Join(",", receipt.RetourCodes)}");
        Assert.True(receipt.Disposition is InboundDisposition.Accepted or InboundDisposition.Rejected, receipt.Disposition.ToString());
        return Assert.IsType<Bericht325>(answer);
    }

    /// <summary>Receives a 323 and asserts the 325 grants it whole (8001).</summary>
    public static async Task GrantedAsync(this Traffic t, Bericht323 bericht)
    {
        var answer = await t.DeclareAsync(bericht);
        Assert.NotNull(answer.DeclaratieAntwoord);
        Assert.Equal(["8001"], answer.DeclaratieAntwoord.RetourCodes);
    }

    /// <summary>Receives a 323 and asserts the 325 refuses the declaration whole: <paramref name="code"/> on DeclaratieAntwoord, nothing granted.</summary>
    public static async Task DeclaratieRejectedAsync(this Traffic t, Bericht323 bericht, string code)
    {
        var answer = await t.DeclareAsync(bericht);
        Assert.NotNull(answer.DeclaratieAntwoord);
        Assert.Equal([code], answer.DeclaratieAntwoord.RetourCodes);
        Assert.Equal(0, answer.DeclaratieAntwoord.TotaalToegekendBedrag.TotaalBedrag);
    }

    /// <summary>Receives a 323 and asserts the 325 rejects exactly the prestatie with this ReferentieNummer with <paramref name="codes"/>.</summary>
    public static async Task PrestatieRejectedAsync(this Traffic t, Bericht323 bericht, string referentie, params string[] codes)
    {
        var answer = await t.DeclareAsync(bericht);
        var prestaties = answer.DeclaratieAntwoord?.Clienten?.SelectMany(c => c.Prestaties).ToList() ?? [];
        Assert.True(prestaties.Count > 0, "Nothing rejected: " + string.Join(",", answer.DeclaratieAntwoord?.RetourCodes ?? answer.Header.RetourCodes));
        var rejected = Assert.Single(prestaties, p => p.ProductReferentie.ReferentieNummer == referentie);
        Assert.Equal(codes, rejected.RetourCodes);
    }
}
