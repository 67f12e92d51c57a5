using System.Globalization;
using Gateway.Bench.Figures.Region;
using Gateway.Messages.Model;
using Gateway.Routing.Volumes;

namespace Gateway.Bench.Figures.Generate;

/// <summary>
/// A client's prestaties month by month into the providers' 323s: the care actually delivered, some credited and
/// declared again with less, some meant to be rejected and declared again correctly in the next 323.
/// </summary>
internal sealed class MonthlyPrestaties(DeclarationBook book, Random random)
{
    /// <summary>Granted debits credited in the next 323 (and declared again with less volume).</summary>
    public const double Gecrediteerd = 0.025;

    /// <summary>Prestaties meant to be rejected (over the volume, or at a wrong tariff) and declared again correctly.</summary>
    public const double Afgewezen = 0.02;

    public DeclarationBook Book => book;

    private static readonly DateOnly YearEnd = new(RegionDesign.Year, 12, 31);

    /// <summary>
    /// The client's prestaties month by month: the care actually delivered (days in care × the weekly volume × a share
    /// of 70–100 %), never more than the period or the whole toewijzing allows, so only the planned rejections fail.
    /// </summary>
    public void Declare(ClientParty party, CareEpisode care)
    {
        var (product, allocation, nummer, budget, begin, eindeZorg, pauze) = care;
        var variant = product.Variant;
        var total = budget ?? VolumeArithmetic.AllowedTotal(allocation, variant);
        var tarief = product.TariefIn(RegionDesign.Year);
        var declared = 0L;
        var months = Math.Max(1, ((allocation.Einddatum!.Value.Year - allocation.Ingangsdatum.Year) * 12) + allocation.Einddatum.Value.Month - allocation.Ingangsdatum.Month + 1);
        var sequence = 0;
        string Referentie() => string.Create(CultureInfo.InvariantCulture, $"P{party.Index}-{++sequence}");

        for (var maand = new DateOnly(begin.Year, begin.Month, 1); maand <= YearEnd && maand <= eindeZorg; maand = maand.AddMonths(1))
        {
            var from = Max(maand, allocation.Ingangsdatum);
            var to = Min(maand.AddMonths(1).AddDays(-1), allocation.Einddatum.Value);
            var active = ActiveDays(Max(from, begin), Min(to, eindeZorg), pauze);
            if (active <= 0)
            {
                continue;
            }

            long volume;
            long allowed;
            if (budget is { } b)
            {
                allowed = b - declared;
                volume = Math.Min(allowed, b / months * (70 + random.Next(31)) / 100 * active / VolumeArithmetic.Days(from, to));
            }
            else
            {
                allowed = Math.Min(VolumeArithmetic.AllowedInPeriod(allocation, from, to, variant), (total ?? long.MaxValue) - declared);
                var perDay = allocation.Frequentie == Frequenties.PerMaand ? allocation.Volume / 30.0 : allocation.Volume / 7.0;
                var share = variant == FundingVariant.Outputgericht ? 1.0 : (70 + random.Next(31)) / 100.0;
                volume = Math.Min(allowed, Math.Max(1, (long)Math.Round(perDay * active * share)));
                if (allocation.Frequentie == Frequenties.PerMaand)
                {
                    volume = Math.Min(allowed, allocation.Volume);
                }
            }

            if (volume <= 0)
            {
                continue;
            }

            var periode = new GeslotenPeriode(from, to);
            var debet = Prestatie(Referentie(), nummer, product, periode, volume, tarief);
            var next = maand.AddMonths(1);
            var canCorrect = next <= new DateOnly(RegionDesign.Year, 12, 1);
            var draw = random.NextDouble();
            if (canCorrect && draw < Afgewezen)
            {
                // Meant to be rejected: one unit over what the period allows (TR321), or a wrong tariff (TR418); the
                // provider declares the period again correctly in the next 323.
                var wrong = budget is null && tarief is { } t && random.NextDouble() < 0.3
                    ? Prestatie(Referentie(), nummer, product, periode, volume, t - 100)
                    : budget is null && allocation.Frequentie == Frequenties.PerWeek
                        ? Prestatie(Referentie(), nummer, product, periode, VolumeArithmetic.AllowedInPeriod(allocation, from, to, variant) + 1, tarief)
                        : null;
                if (wrong is not null)
                {
                    var correction = new PlannedPrestatie(party.Client, debet, MeantToBeRejected: false);
                    book.Add(party.Provider, party.Gemeente, party.Standard, maand, new PlannedPrestatie(party.Client, wrong, MeantToBeRejected: true) { Correction = correction });
                    book.Add(party.Provider, party.Gemeente, party.Standard, next, correction);
                    declared += volume;
                    continue;
                }
            }

            book.Add(party.Provider, party.Gemeente, party.Standard, maand, new PlannedPrestatie(party.Client, debet, MeantToBeRejected: false));
            declared += volume;
            if (canCorrect && draw > 1 - Gecrediteerd)
            {
                // The provider finds it declared too much: the debit credited and declared again with less.
                var credit = debet with { ProductReferentie = new Referentie(Referentie(), debet.ProductReferentie.ReferentieNummer), IngediendBedrag = debet.IngediendBedrag with { DebetCredit = "C" } };
                book.Add(party.Provider, party.Gemeente, party.Standard, next, new PlannedPrestatie(party.Client, credit, MeantToBeRejected: false));
                declared -= volume;
                var less = budget is null ? volume - 1 : volume * 9 / 10;
                if (less > 0)
                {
                    book.Add(party.Provider, party.Gemeente, party.Standard, next, new PlannedPrestatie(party.Client, Prestatie(Referentie(), nummer, product, periode, less, tarief), MeantToBeRejected: false));
                    declared += less;
                }
            }
        }
    }

    private static int ActiveDays(DateOnly from, DateOnly to, (DateOnly From, DateOnly To)? pauze)
    {
        var days = (int)VolumeArithmetic.Days(from, to);
        if (pauze is { } p)
        {
            days -= (int)VolumeArithmetic.Days(Max(from, p.From), Min(to, p.To));
        }

        return days;
    }

    private static Prestatie Prestatie(string referentie, long nummer, ProductSpec product, GeslotenPeriode periode, long volume, long? tarief) => new()
    {
        ProductReferentie = new Referentie(referentie),
        ToewijzingNummer = nummer,
        ProductCategorie = product.Categorie,
        ProductCode = product.DeclaredCode,
        ProductPeriode = periode,
        GeleverdVolume = volume,
        Eenheid = product.Eenheid!,
        ProductTarief = tarief,
        IngediendBedrag = new BedragMetDC(tarief is { } t ? volume * t : volume, "D"),
    };

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
