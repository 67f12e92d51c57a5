using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Contracts;
using Gateway.Routing.Figures;
using Gateway.Routing.Volumes;

namespace Gateway.Routing.Tests.Support;

/// <summary>Throwaway facts and contracts for the figure tests: Utrecht (0344), provider 41101234, iJw, unless told otherwise.</summary>
internal static class SomeFacts
{
    public const string Utrecht = "0344";
    public const string Amsterdam = "0363";
    public const string Rijnenvecht = "9901";
    public const string A = "41101234";
    public const string B = "98031234";

    public static readonly Product Ambulant = new("45", "45A48");
    public static readonly Product Verblijf = new("43", "43A12");
    public static readonly Product Wijkteam = new("45", "45U01");
    public static readonly Product Onbekend = new("45", "45A21");
    public static readonly Product Huishouden = new("01", "01A03");
    public static readonly Product Begeleiding = new("02", "02A01");

    public static DateOnly D(int year, int month, int day) => new(year, month, day);

    /// <summary>An instant in Dutch time (+01:00 in winter, +02:00 from the last Sunday of March).</summary>
    public static DateTimeOffset At(int year, int month, int day, int hour = 10, int minute = 0) =>
        new(year, month, day, hour, minute, 0, new DateOnly(year, month, day) >= D(year, 3, 29) && new DateOnly(year, month, day) < D(year, 10, 25) ? TimeSpan.FromHours(2) : TimeSpan.FromHours(1));

    public static Omvang Omvang(long volume, string eenheid = Eenheden.Uur, string frequentie = Frequenties.PerWeek) => new(volume, eenheid, frequentie);

    public static ToewijzingFact Toewijzing(long nummer, string client, DateOnly ingang, DateOnly? einde, Product? product = null, Omvang? omvang = null, long? budget = null, string gemeente = Utrecht, string aanbieder = A, Standard standard = Standard.Ijw) =>
        new(standard, gemeente, aanbieder, client, nummer, product ?? Ambulant, ingang, einde, omvang, budget, ingang.AddDays(-7), At(ingang.Year, ingang.Month, 1), null);

    public static StartFact Start(long? nummer, string client, DateOnly begin, DateTimeOffset? receivedAt = null, Product? product = null, string gemeente = Utrecht, string aanbieder = A, Standard standard = Standard.Ijw) =>
        new(standard, gemeente, aanbieder, client, nummer, product ?? Ambulant, begin, receivedAt ?? At(begin.Year, begin.Month, begin.Day));

    public static StopFact Stop(long? nummer, string client, DateOnly begin, DateOnly einde, string reden = "02", Product? product = null, string gemeente = Utrecht, string aanbieder = A, Standard standard = Standard.Ijw) =>
        new(standard, gemeente, aanbieder, client, nummer, product ?? Ambulant, begin, einde, reden, At(einde.Year, einde.Month, einde.Day));

    public static VerzoekFact Verzoek(string client, DateTimeOffset receivedAt, DateTimeOffset? toewijzingAt = null, IReadOnlyList<(string, DateTimeOffset?)>? antwoorden = null, MessageCode bericht = MessageCode.VerzoekOmToewijzing, Product? product = null, string gemeente = Utrecht, string aanbieder = A) =>
        new(Standard.Ijw, gemeente, aanbieder, client, bericht, product, receivedAt, toewijzingAt, antwoorden ?? []);

    public static PrestatieFact Prestatie(long declaratie, string client, DateOnly periodeBegin, long volume, long bedrag, FigureState state = FigureState.Granted, Product? product = null, string eenheid = Eenheden.Uur, IReadOnlyList<FigureReason>? reasons = null, DateTimeOffset? receivedAt = null, DateTimeOffset? answeredAt = null, string gemeente = Utrecht, string aanbieder = A, Standard standard = Standard.Ijw)
    {
        var received = receivedAt ?? At(periodeBegin.AddMonths(1).Year, periodeBegin.AddMonths(1).Month, 3);
        return new(standard, gemeente, aanbieder, client, declaratie, 1, product ?? Ambulant, periodeBegin, Maand.Of(periodeBegin).Einde, volume, eenheid, bedrag, state,
            reasons ?? [], received, state == FigureState.Held ? answeredAt : answeredAt ?? received.AddMinutes(1));
    }

    public static Contract Contract(string id, FundingVariant variant, Product product, string aanbieder = A, IReadOnlyList<string>? gemeenten = null, string? eenheid = null, long? tarief = null, string? perceel = null, Standard standard = Standard.Ijw, IReadOnlyDictionary<int, long>? taakbudget = null) =>
        new()
        {
            Id = id,
            Standard = standard,
            Gemeenten = gemeenten ?? [],
            Aanbieder = aanbieder,
            Perceel = perceel,
            Categorie = product.Categorie,
            Code = product.Code,
            Van = D(2026, 1, 1),
            Tot = D(2027, 12, 31),
            Variant = variant,
            Eenheid = eenheid,
            Tarief = tarief is { } t ? new Tarief(null, null, 0, new Dictionary<int, long> { [2026] = t, [2027] = t }) : null,
            Taakbudget = taakbudget ?? new Dictionary<int, long>(),
        };
}
