using Gateway.Bench.Figures.Region;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Declaraties;

namespace Gateway.Bench.Figures.Generate;

/// <summary>
/// The 323s of the year being put together: one per provider, gemeente, domain and DeclaratiePeriode month, sent on the
/// provider's declaration day of the following month, holding every client's prestaties of that month plus the corrections
/// (credits, re-declared rejections) of earlier months.
/// </summary>
internal sealed class DeclarationBook
{
    private readonly Dictionary<(string Agb, string Gemeente, Standard Standard, int Maand), List<PlannedPrestatie>> _drafts = [];

    private readonly Dictionary<(string Agb, string Categorie, string Code), long> _planned = [];

    public int Prestaties { get; private set; }

    public int Declaraties => _drafts.Count;

    /// <summary>The net amount the plan means to be granted per provider and declared product (eurocents), for sizing ceilings.</summary>
    public IReadOnlyDictionary<(string Agb, string Categorie, string Code), long> Planned => _planned;

    public void Add(ProviderSpec provider, string gemeente, Standard standard, DateOnly maand, PlannedPrestatie prestatie)
    {
        var key = (provider.Agb, gemeente, standard, (maand.Year * 12) + maand.Month - 1);
        if (!_drafts.TryGetValue(key, out var list))
        {
            _drafts[key] = list = [];
        }

        list.Add(prestatie);
        Prestaties++;
        if (!prestatie.MeantToBeRejected)
        {
            var p = prestatie.Prestatie;
            var amount = p.IngediendBedrag.DebetCredit == "C" ? -p.IngediendBedrag.Bedrag : p.IngediendBedrag.Bedrag;
            var product = (provider.Agb, p.ProductCategorie, p.ProductCode);
            _planned[product] = _planned.GetValueOrDefault(product) + amount;
        }
    }

    /// <summary>The day a provider sends the 323 for <paramref name="maand"/>: its declaration day of the next month, or the first working day after.</summary>
    public static DateOnly DeclarationDay(ProviderSpec provider, DateOnly maand)
    {
        var day = new DateOnly(maand.Year, maand.Month, 1).AddMonths(1).AddDays(provider.DeclaratieDag - 1);
        while (!WorkingDays.IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>Every 323 as a scheduled message, with the references the plan expects to be rejected.</summary>
    public IReadOnlyList<ScheduledMessage> Schedule(IReadOnlyDictionary<string, ProviderSpec> providers, MessageFactory factory, Func<long> order)
    {
        DeclareWholeMonthsCorrectly();
        var messages = new List<ScheduledMessage>(_drafts.Count);
        foreach (var ((agb, gemeente, standard, index), prestaties) in _drafts.OrderBy(d => d.Key.Maand).ThenBy(d => d.Key.Agb, StringComparer.Ordinal))
        {
            var provider = providers[agb];
            var maand = new DateOnly(index / 12, (index % 12) + 1, 1);
            var day = DeclarationDay(provider, maand);
            var at = Clock.At(day, 14, provider.DeclaratieDag * 3);
            var periode = new GeslotenPeriode(maand, maand.AddMonths(1).AddDays(-1));
            var expected = prestaties.Where(p => p.MeantToBeRejected).Select(p => p.Prestatie.ProductReferentie.ReferentieNummer).ToHashSet(StringComparer.Ordinal);
            messages.Add(new ScheduledMessage(at, order(), gemeente, () => factory.Declaratie(
                standard,
                gemeente,
                agb,
                day,
                periode,
                [.. prestaties.GroupBy(p => p.Client.Bsn, StringComparer.Ordinal).Select(g => new DeclaratieClient { Bsn = g.Key, Prestaties = [.. g.Select(p => p.Prestatie)] })]))
            {
                Expected = expected,
            });
        }

        return messages;
    }

    /// <summary>
    /// A 323 holding only prestaties meant to be rejected would grant nothing, so the gateway counts it as never sent
    /// (TR318) and the next month's correction would fall in a gap: such a month is declared correctly at once instead.
    /// </summary>
    private void DeclareWholeMonthsCorrectly()
    {
        foreach (var (key, prestaties) in _drafts.Where(d => d.Value.All(p => p.MeantToBeRejected)).ToList())
        {
            var next = key with { Maand = key.Maand + 1 };
            foreach (var wrong in prestaties.ToList())
            {
                prestaties[prestaties.IndexOf(wrong)] = wrong.Correction!;
                if (_drafts.TryGetValue(next, out var later) && later.Remove(wrong.Correction!))
                {
                    Prestaties--;
                    if (later.Count == 0)
                    {
                        _drafts.Remove(next);
                    }
                }
            }
        }
    }
}
