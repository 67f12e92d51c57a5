using System.Globalization;
using Gateway.Routing.Contracts;

namespace Gateway.Routing.Figures;

/// <summary>
/// Per ceiling and month of its year in the request: what was granted on the prestaties it covers (found as
/// <see cref="Declaraties.CeilingGrants"/> finds them: the contract of the recorded gemeente × aanbieder × product on
/// the ProductPeriode's first day, the ceiling-year that day's year), cumulative from January, and a straight line
/// through the cumulative of the last month with data (the ceiling's last month with usage, not after the request's last
/// month nor this month: declarations trail the care by a month, so an empty current month would bend the line) to December.
/// </summary>
internal static class PlafondsReport
{
    private const string Definition =
        "Toegekend naar de maand waarin de ProductPeriode begint, cumulatief vanaf januari. Prognose: cumulatief tot en met de laatste maand met gebruik van het plafond (niet na de laatste maand van de vraag of de huidige maand) ÷ haar maandnummer × 12.";

    public static async Task<IReadOnlyList<FigureRow>> BuildAsync(FigureContext context, IFigureSource source, CancellationToken cancellationToken)
    {
        context.Notes.Add(Definition);
        var ceilings = context.Register.Ceilings.Where(c => Shown(context, c)).ToList();
        if (ceilings.Count == 0)
        {
            return [];
        }

        // Usage counts from January of the ceiling's year, whatever month the request starts in.
        var used = ceilings.ToDictionary(c => c, _ => new long[13]);
        var from = new DateOnly(ceilings.Min(c => c.Jaar), 1, 1);
        var to = context.Tot < new DateOnly(ceilings.Max(c => c.Jaar), 12, 31) ? context.Tot : new DateOnly(ceilings.Max(c => c.Jaar), 12, 31);
        await foreach (var prestatie in source.PrestatiesAsync(new FigureScope(from, to, []), cancellationToken))
        {
            if (prestatie.State != FigureState.Granted
                || context.Contracts.Find(prestatie.Standard, prestatie.Gemeentecode, prestatie.Aanbieder, prestatie.Product.Categorie, prestatie.Product.Code, prestatie.PeriodeBegin) is not { } contract)
            {
                continue;
            }

            foreach (var ceiling in ceilings)
            {
                if (ceiling.Covers(contract, prestatie.Gemeentecode, prestatie.PeriodeBegin.Year))
                {
                    used[ceiling][prestatie.PeriodeBegin.Month] += prestatie.Bedrag;
                }
            }
        }

        return [.. ceilings.OrderBy(c => c.Id, StringComparer.Ordinal).ThenBy(c => c.Jaar).SelectMany(c => Rows(context, c, used[c]))];
    }

    /// <summary>
    /// A ceiling of a year in the request; with a gemeente filter only when all its gemeenten are asked for, with a
    /// provider filter only when it is the provider's: its usage is never a part of what it limits.
    /// </summary>
    private static bool Shown(FigureContext context, Ceiling ceiling) =>
        context.Request.Van.Jaar <= ceiling.Jaar && ceiling.Jaar <= context.Request.Tot.Jaar
        && (!context.FiltersGemeenten || (ceiling.Gemeenten.Count > 0 && ceiling.Gemeenten.All(g => context.Includes(context.Gemeenten.Current(g)))))
        && (!context.FiltersAanbieders || (ceiling.Aanbieder is { } aanbieder && context.IncludesAanbieder(aanbieder)));

    private static IEnumerable<FigureRow> Rows(FigureContext context, Ceiling ceiling, long[] used)
    {
        var cumulative = new long[13];
        for (var month = 1; month <= 12; month++)
        {
            cumulative[month] = cumulative[month - 1] + used[month];
        }

        var (projection, reached) = Project(context, ceiling, used, cumulative);
        foreach (var maand in Maand.Range(new Maand(ceiling.Jaar, 1), new Maand(ceiling.Jaar, 12)).Where(context.InRange))
        {
            yield return new FigureRow(
                [ceiling.Id, ceiling.Jaar.ToString(CultureInfo.InvariantCulture), maand, ceiling.Bedrag, used[maand.Nummer], cumulative[maand.Nummer],
                 FigureArithmetic.Percent(cumulative[maand.Nummer], ceiling.Bedrag), projection, reached],
                null);
        }
    }

    /// <summary>
    /// Cumulative through the last month with data ÷ its number × 12, rounded to whole eurocents; and the first month
    /// in which that line (cumulative × month ÷ last month) reaches the ceiling, null when not within the year.
    /// </summary>
    private static (long? Projection, Maand? Reached) Project(FigureContext context, Ceiling ceiling, long[] used, long[] cumulative)
    {
        var bound = new[] { context.Request.Tot, Maand.Of(context.Today), new Maand(ceiling.Jaar, 12) }.Min();
        if (bound.Jaar != ceiling.Jaar)
        {
            return (null, null);
        }

        // A year that is over is seen whole; in a running one the line goes through the ceiling's last month with usage.
        var yearIsOver = bound.Nummer == 12 && ceiling.Jaar < context.Today.Year;
        var lastMonth = yearIsOver ? 12 : Enumerable.Range(1, bound.Nummer).LastOrDefault(m => used[m] != 0);
        if (lastMonth == 0)
        {
            return (null, null);
        }

        var last = new Maand(ceiling.Jaar, lastMonth);

        var through = cumulative[last.Nummer];
        var projection = (long)Math.Round(through * 12m / last.Nummer, 0, MidpointRounding.AwayFromZero);
        if (through <= 0)
        {
            return (projection, null);
        }

        // The smallest month m with through × m ÷ last ≥ bedrag.
        var month = (long)Math.Ceiling(ceiling.Bedrag * (decimal)last.Nummer / through);
        return (projection, month <= 12 ? new Maand(ceiling.Jaar, (int)Math.Max(1, month)) : null);
    }
}
