using Gateway.Host.Hosting;

namespace Gateway.Host.Reports;

/// <summary>The Host's part of the steering reports: their settings and the queries behind the API and the CLI.</summary>
internal static class ReportsServiceCollectionExtensions
{
    /// <summary>Binds <see cref="ReportsOptions"/> (validated at start, listed by the configuration check) and adds <see cref="ReportQueries"/> over Routing's report builder.</summary>
    public static IServiceCollection AddGatewayReports(this IServiceCollection services)
    {
        services.AddGatewaySection<ReportsOptions, ReportsOptionsValidator>(ReportsOptions.SectionName);
        services.AddSingleton<ReportQueries>();
        return services;
    }
}
