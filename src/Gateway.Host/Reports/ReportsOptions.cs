using Gateway.Routing.Figures;

namespace Gateway.Host.Reports;

/// <summary>The steering reports (<c>gateway report</c>, <c>/api/operator/reports</c>).</summary>
public sealed class ReportsOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Gateway:Reports";

    /// <summary>Default of <see cref="MinimumClients"/>.</summary>
    public const int DefaultMinimumClients = FigureSuppression.DefaultMinimumClients;

    /// <summary>In an export for outside the back office, a row counting fewer clients than this shows no figures.</summary>
    public int MinimumClients { get; set; } = DefaultMinimumClients;
}
