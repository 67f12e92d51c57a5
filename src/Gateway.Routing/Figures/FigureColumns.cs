using static Gateway.Routing.Figures.FigureValueKind;

namespace Gateway.Routing.Figures;

/// <summary>The columns of each report kind: the dimensions first (except for ceilings), then the kind's figures.</summary>
internal static class FigureColumns
{
    public static IReadOnlyList<FigureColumn> Dimensions { get; } =
    [
        new("domein", "Domein", Text),
        new("gemeente", "Gemeente", Text),
        new("aanbieder", "Aanbieder", Text),
        new("productcategorie", "Productcategorie", Text),
        new("productcode", "Productcode", Text),
        new("variant", "Uitvoeringsvariant", Text),
        new("maand", "Maand", Month),
    ];

    public static IReadOnlyList<FigureColumn> Zorg { get; } =
    [
        .. Dimensions,
        new("clienten", "Cliënten in zorg", Count),
        new("toewijzingen_nieuw", "Nieuwe toewijzingen", Count),
        new("toewijzingen_beeindigd", "Beëindigde toewijzingen", Count),
        new("starts", "Gestarte zorg", Count),
        new("stops", "Definitief gestopte zorg", Count),
        new("stops_tijdelijk", "Tijdelijk gestopte zorg", Count),
        new("trajecten_afgerond", "Afgeronde trajecten", Count),
        new("trajectduur_gemiddeld", "Trajectduur gemiddeld (dagen)", Days),
        new("trajectduur_mediaan", "Trajectduur mediaan (dagen)", Days),
    ];

    public static IReadOnlyList<FigureColumn> Productie { get; } =
    [
        .. Dimensions,
        new("eenheid", "Eenheid", Text),
        new("toegewezen_eenheden", "Toegewezen eenheden", Units),
        new("toegewezen_eurocent", "Toegewezen (€)", Eurocents),
        new("gedeclareerd_eenheden", "Gedeclareerde eenheden", Units),
        new("gedeclareerd_eurocent", "Gedeclareerd (€)", Eurocents),
        new("toegekend_eenheden", "Toegekende eenheden", Units),
        new("toegekend_eurocent", "Toegekend (€)", Eurocents),
        new("trajecten", "Trajecten", Count),
        new("benut_procent", "Benut (%)", Percent),
    ];

    public static IReadOnlyList<FigureColumn> Declaraties { get; } =
    [
        .. Dimensions,
        new("prestaties", "Prestaties", Count),
        new("clienten", "Cliënten", Count),
        new("debet_eurocent", "Debet (€)", Eurocents),
        new("credit_eurocent", "Credit (€)", Eurocents),
        new("gedeclareerd_eurocent", "Gedeclareerd netto (€)", Eurocents),
        new("toegekend_eurocent", "Toegekend (€)", Eurocents),
        new("afgewezen_eurocent", "Afgewezen (€)", Eurocents),
        new("aangehouden_eurocent", "Aangehouden (€)", Eurocents),
    ];

    public static IReadOnlyList<FigureColumn> Afwijzingen { get; } =
    [
        .. Dimensions,
        new("retourcode", "Retourcode", Text),
        new("regel", "Regel", Text),
        new("prestaties", "Prestaties", Count),
        new("clienten", "Cliënten", Count),
        new("afgewezen_eurocent", "Afgewezen netto (€)", Eurocents),
    ];

    public static IReadOnlyList<FigureColumn> Doorlooptijden { get; } =
    [
        .. Dimensions,
        new("traject", "Traject", Text),
        new("termijn", "Termijn", Text),
        new("afgerond", "Afgerond", Count),
        new("open", "Open", Count),
        new("dagen_gemiddeld", "Dagen gemiddeld", Days),
        new("dagen_mediaan", "Dagen mediaan", Days),
        new("binnen_termijn_procent", "Binnen termijn (%)", Percent),
    ];

    public static IReadOnlyList<FigureColumn> Plafonds { get; } =
    [
        new("plafond", "Plafond", Text),
        new("jaar", "Jaar", Text),
        new("maand", "Maand", Month),
        new("bedrag_eurocent", "Plafondbedrag (€)", Eurocents),
        new("gebruikt_eurocent", "Toegekend in de maand (€)", Eurocents),
        new("cumulatief_eurocent", "Toegekend cumulatief (€)", Eurocents),
        new("cumulatief_procent", "Cumulatief (% van plafond)", Percent),
        new("prognose_jaareinde_eurocent", "Prognose jaareinde (€)", Eurocents),
        new("prognose_bereikt_maand", "Prognose plafond bereikt", Month),
    ];

    public static IReadOnlyList<FigureColumn> For(FigureKind kind) => kind switch
    {
        FigureKind.Zorg => Zorg,
        FigureKind.Productie => Productie,
        FigureKind.Declaraties => Declaraties,
        FigureKind.Afwijzingen => Afwijzingen,
        FigureKind.Doorlooptijden => Doorlooptijden,
        FigureKind.Plafonds => Plafonds,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown report kind"),
    };
}
