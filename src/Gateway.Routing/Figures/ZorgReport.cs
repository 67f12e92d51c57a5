namespace Gateway.Routing.Figures;

/// <summary>
/// Clients in care, new and ended toewijzingen, actual starts and stops, and finished trajectories: from the first
/// actual start of a toewijzing to its definitive stop, calendar days inclusive, in the month of the stop.
/// </summary>
internal static class ZorgReport
{
    private const string Definition =
        "Cliënten: verschillende cliënten met een toewijzing die op minstens één dag van de maand geldt. Traject: van de eerste daadwerkelijke start van een toewijzing tot de definitieve stop, in kalenderdagen (beide dagen meegeteld, ook de dagen van een tijdelijke stop), geteld in de maand van de stop.";

    public static async Task<IReadOnlyList<FigureRow>> BuildAsync(FigureContext context, IFigureSource source, CancellationToken cancellationToken)
    {
        context.Notes.Add(Definition);
        var cells = new FigureCells<FigureKey, ZorgCell>(static (a, b) => a.CompareTo(b));
        var finished = new List<(FigureKey Key, ToewijzingRef? Toewijzing, DateOnly Begindatum, DateOnly Einddatum)>();
        var inRange = context.Scope(context.Van, context.Tot);
        await foreach (var stop in source.StopsAsync(inRange, cancellationToken))
        {
            var maand = Maand.Of(stop.Einddatum);
            if (!context.InRange(maand) || !context.TryCell(stop.Standard, stop.Gemeentecode, stop.Aanbieder, stop.Product, stop.Einddatum, maand, out var key, out _))
            {
                continue;
            }

            if (stop.IsTemporary)
            {
                cells[key].StopsTijdelijk++;
                continue;
            }

            cells[key].Stops++;
            ToewijzingRef? toewijzing = stop.ToewijzingNummer is { } nummer ? new(stop.Standard, stop.Gemeentecode, nummer) : null;
            finished.Add((key, toewijzing, stop.Begindatum, stop.Einddatum));
        }

        // The first start of a finished trajectory can lie long before the range: starts are read from the earliest
        // Ingangsdatum of the toewijzingen that finished (a start never precedes its toewijzing).
        var firstStart = new Dictionary<ToewijzingRef, DateOnly>();
        foreach (var (_, toewijzing, begindatum, _) in finished)
        {
            if (toewijzing is { } t && (!firstStart.TryGetValue(t, out var known) || begindatum < known))
            {
                firstStart[t] = begindatum;
            }
        }

        var startsFrom = finished.Select(f => f.Begindatum).Append(context.Van).Min();
        await foreach (var toewijzing in source.ToewijzingenAsync(inRange, cancellationToken))
        {
            Count(context, cells, toewijzing);
            if (firstStart.ContainsKey(new(toewijzing.Standard, toewijzing.Gemeentecode, toewijzing.ToewijzingNummer)) && toewijzing.Ingangsdatum < startsFrom)
            {
                startsFrom = toewijzing.Ingangsdatum;
            }
        }

        await foreach (var start in source.StartsAsync(context.Scope(startsFrom, context.Tot), cancellationToken))
        {
            var maand = Maand.Of(start.Begindatum);
            if (context.InRange(maand) && context.TryCell(start.Standard, start.Gemeentecode, start.Aanbieder, start.Product, start.Begindatum, maand, out var key, out _))
            {
                cells[key].Starts++;
            }

            if (start.ToewijzingNummer is { } nummer && firstStart.TryGetValue(new(start.Standard, start.Gemeentecode, nummer), out var first) && start.Begindatum < first)
            {
                firstStart[new(start.Standard, start.Gemeentecode, nummer)] = start.Begindatum;
            }
        }

        foreach (var (key, toewijzing, begindatum, einddatum) in finished)
        {
            var begin = toewijzing is { } t && firstStart[t] < begindatum ? firstStart[t] : begindatum;
            cells[key].Trajecten.Add(FigureArithmetic.DaysBetween(begin, einddatum) + 1);
        }

        return [.. cells.Sorted().Select(c => new FigureRow(c.Cell.Values(c.Key), c.Cell.Clienten.Count))];
    }

    private static void Count(FigureContext context, FigureCells<FigureKey, ZorgCell> cells, ToewijzingFact toewijzing)
    {
        var clientId = context.Clients.Of(toewijzing.ClientId);
        foreach (var (maand, day) in context.MonthsOf(toewijzing))
        {
            if (!context.TryCell(toewijzing.Standard, toewijzing.Gemeentecode, toewijzing.Aanbieder, toewijzing.Product, day, maand, out var key, out _))
            {
                return;
            }

            cells[key].Clienten.Add(clientId);
        }

        var ingang = Maand.Of(toewijzing.Ingangsdatum);
        if (context.InRange(ingang) && context.TryCell(toewijzing.Standard, toewijzing.Gemeentecode, toewijzing.Aanbieder, toewijzing.Product, toewijzing.Ingangsdatum, ingang, out var nieuw, out _))
        {
            cells[nieuw].Nieuw++;
        }

        if (toewijzing.Einddatum is { } eind && context.InRange(Maand.Of(eind))
            && context.TryCell(toewijzing.Standard, toewijzing.Gemeentecode, toewijzing.Aanbieder, toewijzing.Product, eind, Maand.Of(eind), out var beeindigd, out _))
        {
            cells[beeindigd].Beeindigd++;
        }
    }
}
