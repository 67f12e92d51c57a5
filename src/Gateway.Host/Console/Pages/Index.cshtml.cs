using Gateway.Host.Explain;

namespace Gateway.Host.Console.Pages;

/// <summary>The overview: queue, dead letters, the hub, held 325s near their deadline, and the traffic charts.</summary>
internal sealed class IndexModel(ConsoleOverview overview, ConsoleCharts charts, CodeExplainer explainer) : ConsolePageModel
{
    public OverviewView Overview { get; private set; } = null!;

    public IReadOnlyList<ChartBar> PerHour { get; private set; } = [];

    public IReadOnlyList<ChartBar> PerRetourCode { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Overview = await overview.BuildAsync(Account, cancellationToken);
        (PerHour, PerRetourCode) = await charts.BuildAsync(Account, cancellationToken);
    }

    public string Explain(string retourCode) => ConsoleExplanations.Of(explainer, retourCode, T);
}
