namespace Gateway.Routing.Figures;

/// <summary>
/// Rejected prestaties by ProductPeriode month, per retourcode and rule: a prestatie rejected for two reasons counts
/// under both (so the rows of a cell can add up to more than its rejections).
/// </summary>
internal static class AfwijzingenReport
{
    private const string Definition =
        "Afgewezen prestaties naar de maand waarin de ProductPeriode begint; een prestatie met meer redenen telt onder elke reden.";

    public static async Task<IReadOnlyList<FigureRow>> BuildAsync(FigureContext context, IFigureSource source, CancellationToken cancellationToken)
    {
        context.Notes.Add(Definition);
        var cells = new FigureCells<(FigureKey Key, string? RetourCode, string? Regel), AfwijzingCell>(static (a, b) =>
            a.Key.CompareTo(b.Key) is var order && order != 0 ? order
            : string.CompareOrdinal(a.RetourCode, b.RetourCode) is var code && code != 0 ? code
            : string.CompareOrdinal(a.Regel, b.Regel));
        await foreach (var prestatie in source.PrestatiesAsync(context.Scope(context.Van, context.Tot), cancellationToken))
        {
            var maand = Maand.Of(prestatie.PeriodeBegin);
            if (prestatie.State != FigureState.Rejected || !context.InRange(maand)
                || !context.TryCell(prestatie.Standard, prestatie.Gemeentecode, prestatie.Aanbieder, prestatie.Product, prestatie.PeriodeBegin, maand, out var key, out _))
            {
                continue;
            }

            var client = context.Clients.Of(prestatie.ClientId);
            IEnumerable<(string?, string?)> reasons = prestatie.Reasons.Count == 0 ? [(null, null)] : prestatie.Reasons.Select(r => ((string?)r.RetourCode, (string?)r.Rule)).Distinct();
            foreach (var (retourCode, regel) in reasons)
            {
                cells[(key, retourCode, regel)].Add(client, prestatie.Bedrag);
            }
        }

        return [.. cells.Sorted().Select(c => new FigureRow(c.Cell.Values(c.Key.Key, c.Key.RetourCode, c.Key.Regel), c.Cell.Clients))];
    }
}
