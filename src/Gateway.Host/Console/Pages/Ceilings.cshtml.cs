using Gateway.Host.Operators;

namespace Gateway.Host.Console.Pages;

/// <summary>
/// The ceilings of the contract register the account may see, each with its usage of the year so far as a bar and,
/// month by month, cumulative from January as a chart.
/// </summary>
internal sealed class CeilingsModel(DeclaratieAntwoordQueries answers, CeilingCharts charts) : ConsolePageModel
{
    public IReadOnlyList<CeilingView> Ceilings { get; private set; } = [];

    public IReadOnlyDictionary<(string Id, int Jaar), IReadOnlyList<ChartBar>> Months { get; private set; } =
        new Dictionary<(string, int), IReadOnlyList<ChartBar>>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Ceilings = await answers.CeilingsAsync(Account, cancellationToken);
        Months = await charts.BuildAsync(Account, Ceilings, cancellationToken);
    }

    public IReadOnlyList<ChartBar> MonthsOf(CeilingView ceiling) => Months.GetValueOrDefault((ceiling.Id, ceiling.Jaar)) ?? [];
}
