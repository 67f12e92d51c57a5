namespace Gateway.Routing.Figures;

/// <summary>Declared (debit, credit, net), granted, rejected and held amounts of the prestaties by ProductPeriode month.</summary>
internal static class DeclaratiesReport
{
    private const string Definition =
        "Naar de maand waarin de ProductPeriode begint. Gedeclareerd = debet − credit = toegekend + afgewezen + aangehouden (een aangehouden 325 wacht op de backoffice).";

    public static async Task<IReadOnlyList<FigureRow>> BuildAsync(FigureContext context, IFigureSource source, CancellationToken cancellationToken)
    {
        context.Notes.Add(Definition);
        var cells = new FigureCells<FigureKey, DeclaratieCell>(static (a, b) => a.CompareTo(b));
        await foreach (var prestatie in source.PrestatiesAsync(context.Scope(context.Van, context.Tot), cancellationToken))
        {
            var maand = Maand.Of(prestatie.PeriodeBegin);
            if (context.InRange(maand) && context.TryCell(prestatie.Standard, prestatie.Gemeentecode, prestatie.Aanbieder, prestatie.Product, prestatie.PeriodeBegin, maand, out var key, out _))
            {
                cells[key].Add(context.Clients.Of(prestatie.ClientId), prestatie.Bedrag, prestatie.State);
            }
        }

        return [.. cells.Sorted().Select(c => new FigureRow(c.Cell.Values(c.Key), c.Cell.Clients))];
    }
}
