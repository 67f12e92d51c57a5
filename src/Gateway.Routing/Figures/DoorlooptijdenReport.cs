using Gateway.Messages.Answers;
using Gateway.Messages.Standards;
using Gateway.Routing.Declaraties;

namespace Gateway.Routing.Figures;

/// <summary>
/// Lead times against the standard's deadlines (§5.4), in the month they start: 315/317 → the first 301 or 319 within
/// 5 working days (OP274, OP346); a toewijzing's Ingangsdatum → the Begindatum of its first actual start, the 305 within
/// 5 working days after that Begindatum (OP271); 323 → its 325 queued within 10 working days (OP090). Days are calendar
/// days between Dutch dates.
/// </summary>
internal static class DoorlooptijdenReport
{
    private const string Definition =
        "Kalenderdagen tussen Nederlandse datums, in de maand waarin de doorlooptijd begint; termijnen in werkdagen (maandag–vrijdag zonder erkende feestdagen). Binnen termijn: deel van de afgeronde doorlooptijden en de open doorlooptijden waarvan de termijn verstreken is.";

    public const string Verzoek315 = "315→301/319";
    public const string Verzoek317 = "317→301/319";
    public const string Start = "301→305";
    public const string Declaratie = "323→325";

    public static async Task<IReadOnlyList<FigureRow>> BuildAsync(FigureContext context, IFigureSource source, CancellationToken cancellationToken)
    {
        context.Notes.Add(Definition);
        var cells = new FigureCells<(FigureKey Key, string Traject), DoorlooptijdCell>(static (a, b) =>
            a.Key.CompareTo(b.Key) is var order && order != 0 ? order : string.CompareOrdinal(a.Traject, b.Traject));
        await CountVerzoekenAsync(context, source, cells, cancellationToken);
        await CountStartsAsync(context, source, cells, cancellationToken);
        await CountDeclaratiesAsync(context, source, cells, cancellationToken);
        return [.. cells.Sorted().Select(c => new FigureRow(c.Cell.Values(c.Key.Key, c.Key.Traject, Termijn(c.Key.Traject)), c.Cell.Clients))];
    }

    private static string Termijn(string traject) => traject == Declaratie ? "10 werkdagen" : "5 werkdagen";

    private static async Task CountVerzoekenAsync(FigureContext context, IFigureSource source, FigureCells<(FigureKey, string), DoorlooptijdCell> cells, CancellationToken cancellationToken)
    {
        await foreach (var verzoek in source.VerzoekenAsync(context.Scope(context.Van, context.Tot), cancellationToken))
        {
            if (verzoek.ReceivedAt is not { } receivedAt)
            {
                continue;
            }

            var received = DutchDate.Of(receivedAt);
            var maand = Maand.Of(received);
            if (!context.InRange(maand) || !context.TryCell(verzoek.Standard, verzoek.Gemeentecode, verzoek.Aanbieder, verzoek.Product, received, maand, out var key, out _))
            {
                continue;
            }

            var cell = cells[(key, verzoek.Bericht == MessageCode.VerzoekOmWijziging ? Verzoek317 : Verzoek315)];
            var client = context.Clients.Of(verzoek.ClientId);
            var deadline = WorkingDays.Add(received, 5);
            var answers = verzoek.Antwoorden.Select(a => a.ReceivedAt).Append(verzoek.FirstToewijzingAt).OfType<DateTimeOffset>().ToList();
            if (answers.Count > 0)
            {
                var answered = DutchDate.Of(answers.Min());
                cell.Finished(client, FigureArithmetic.DaysBetween(received, answered), answered <= deadline);
            }
            else
            {
                cell.Open(client, overdue: context.Today > deadline);
            }
        }
    }

    private static async Task CountStartsAsync(FigureContext context, IFigureSource source, FigureCells<(FigureKey, string), DoorlooptijdCell> cells, CancellationToken cancellationToken)
    {
        var waiting = new Dictionary<ToewijzingRef, (FigureKey Key, int Client, DateOnly Ingangsdatum)>();
        await foreach (var toewijzing in source.ToewijzingenAsync(context.Scope(context.Van, context.Tot), cancellationToken))
        {
            var maand = Maand.Of(toewijzing.Ingangsdatum);
            if (context.InRange(maand) && context.TryCell(toewijzing.Standard, toewijzing.Gemeentecode, toewijzing.Aanbieder, toewijzing.Product, toewijzing.Ingangsdatum, maand, out var key, out _))
            {
                waiting[new(toewijzing.Standard, toewijzing.Gemeentecode, toewijzing.ToewijzingNummer)] = (key, context.Clients.Of(toewijzing.ClientId), toewijzing.Ingangsdatum);
            }
        }

        // The first start may come after the range (a toewijzing of December started in January).
        var first = new Dictionary<ToewijzingRef, StartFact>();
        await foreach (var start in source.StartsAsync(context.Scope(context.Van, DateOnly.MaxValue), cancellationToken))
        {
            if (start.ToewijzingNummer is { } nummer && new ToewijzingRef(start.Standard, start.Gemeentecode, nummer) is var t && waiting.ContainsKey(t)
                && (!first.TryGetValue(t, out var known) || start.Begindatum < known.Begindatum
                    || (start.Begindatum == known.Begindatum && start.ReceivedAt < known.ReceivedAt)))
            {
                first[t] = start;
            }
        }

        foreach (var (t, (key, client, ingangsdatum)) in waiting)
        {
            var cell = cells[(key, Start)];
            if (first.TryGetValue(t, out var start))
            {
                bool? withinTerm = start.ReceivedAt is { } at ? DutchDate.Of(at) <= WorkingDays.Add(start.Begindatum, 5) : null;
                cell.Finished(client, FigureArithmetic.DaysBetween(ingangsdatum, start.Begindatum), withinTerm);
            }
            else
            {
                cell.Open(client, overdue: false);
            }
        }
    }

    private static async Task CountDeclaratiesAsync(FigureContext context, IFigureSource source, FigureCells<(FigureKey, string), DoorlooptijdCell> cells, CancellationToken cancellationToken)
    {
        // A 323 received in the range may declare care of any earlier month.
        await foreach (var prestatie in source.PrestatiesAsync(context.Scope(DateOnly.MinValue, context.Tot), cancellationToken))
        {
            var received = DutchDate.Of(prestatie.ReceivedAt);
            var maand = Maand.Of(received);
            if (!context.InRange(maand) || !context.TryCell(prestatie.Standard, prestatie.Gemeentecode, prestatie.Aanbieder, prestatie.Product, prestatie.PeriodeBegin, maand, out var key, out _))
            {
                continue;
            }

            var cell = cells[(key, Declaratie)];
            var client = context.Clients.Of(prestatie.ClientId);
            cell.AddClient(client);
            if (!cell.IsNew(prestatie.DeclaratieMessageId))
            {
                continue;
            }

            var deadline = WorkingDays.Add(received, 10);
            if (prestatie.AnsweredAt is { } answeredAt)
            {
                var answered = DutchDate.Of(answeredAt);
                cell.Finished(client, FigureArithmetic.DaysBetween(received, answered), answered <= deadline);
            }
            else
            {
                cell.Open(client, overdue: context.Today > deadline);
            }
        }
    }
}
