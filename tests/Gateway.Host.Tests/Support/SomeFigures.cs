using Gateway.Routing.Figures;

namespace Gateway.Host.Tests.Support;

/// <summary>Hand-made reports for the writers: every kind of value, labels that need quoting or look like formulas, no values.</summary>
internal static class SomeFigures
{
    public static readonly FigureRequest Request = new(new Maand(2026, 1), new Maand(2026, 3), ["0363"], []);

    /// <summary>The customer's own label that a spreadsheet would run as a formula.</summary>
    public const string Formula = "=HYPERLINK(\"http://x\")";

    /// <summary>A label with the separator, quotes and a line break.</summary>
    public const string Awkward = "taak; \"gericht\"\nregel 2";

    public static FigureTable Declaraties() => new(
        FigureKind.Declaraties,
        Request,
        [
            new("domein", "Domein", FigureValueKind.Text),
            new("gemeente", "Gemeente", FigureValueKind.Text),
            new("aanbieder", "Aanbieder", FigureValueKind.Text),
            new("productcode", "Productcode", FigureValueKind.Text),
            new("variant", "Variant", FigureValueKind.Text),
            new("maand", "Maand", FigureValueKind.Month),
            new("prestaties", "Prestaties", FigureValueKind.Count),
            new("eenheden", "Eenheden", FigureValueKind.Units),
            new("gedeclareerd_eurocent", "Gedeclareerd (€)", FigureValueKind.Eurocents),
            new("dagen_gemiddeld", "Dagen gemiddeld", FigureValueKind.Days),
            new("benut_procent", "Benut (%)", FigureValueKind.Percent),
        ],
        [
            new(["iJw", "0363", "12345678", "45A48", "inspanningsgericht", new Maand(2026, 1), 12L, 1500L, 123456789L, 30.25m, 12.35m], 7),
            new(["iWmo", "0599", Formula, "02A01", Awkward, new Maand(2026, 2), 1L, 3L, -1250L, null, null], 1),
            new(["iJw", "0363", "98031234", null, "onbekend", new Maand(2026, 3), 3L, 0L, 5L, 2m, 100m], null),
        ],
        ["Bedragen naar de maand waarin de ProductPeriode begint.", "Tweede noot; met \"aanhalingstekens\"."]);

    /// <summary>A small table whose printed form is written out in full in a test.</summary>
    public static FigureTable Small() => new(
        FigureKind.Zorg,
        Request,
        [
            new("gemeente", "Gemeente", FigureValueKind.Text),
            new("maand", "Maand", FigureValueKind.Month),
            new("clienten", "Cliënten", FigureValueKind.Count),
            new("toegekend_eurocent", "Toegekend (€)", FigureValueKind.Eurocents),
            new("benut_procent", "Benut (%)", FigureValueKind.Percent),
        ],
        [
            new(["0363", new Maand(2026, 1), 1234L, 123456L, 12.35m], 1234),
            new(["0599", new Maand(2026, 2), 5L, -5L, null], 5),
        ],
        ["Een noot."]);
}
