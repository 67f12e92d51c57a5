using Gateway.Host.Operators;
using Gateway.Routing.Figures;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Reports;

/// <summary>
/// The steering reports as operators take them, over the API and the command line: scoped to the operator's gemeenten,
/// small cells suppressed when the report leaves the back office, each report logged with who took it.
/// </summary>
internal sealed partial class ReportQueries(FigureReports reports, IOptions<ReportsOptions> options, ILogger<ReportQueries> logger)
{
    /// <summary>
    /// The request within the account's gemeenten: as asked for an account that sees the whole region; the account's own
    /// gemeenten when none were asked; false when a gemeente was asked that the account may not see.
    /// </summary>
    public static bool TryScope(OperatorAccount account, FigureRequest request, out FigureRequest scoped)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(request);
        scoped = request;
        if (account.SeesAll)
        {
            return true;
        }

        if (request.Gemeenten.Count == 0)
        {
            scoped = request with { Gemeenten = [.. account.Gemeenten.Order(StringComparer.Ordinal)] };
            return true;
        }

        return request.Gemeenten.All(account.Gemeenten.Contains);
    }

    /// <summary>The report of an already scoped query (<see cref="TryScope"/>).</summary>
    public async Task<FigureTable> BuildAsync(OperatorAccount account, ReportQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(query);
        var table = await reports.BuildAsync(query.Kind, query.Request, cancellationToken);
        if (query.Extern)
        {
            table = FigureSuppression.Apply(table, options.Value.MinimumClients);
        }

        // Figures, never a client: the message audit trail (MessageViewed) is for payloads; a report is logged with its taker.
        ReportTaken(
            logger,
            account.Name,
            ReportKinds.Name(query.Kind),
            query.Request.Van.ToString(),
            query.Request.Tot.ToString(),
            query.Request.Gemeenten.Count == 0 ? "*" : string.Join(',', query.Request.Gemeenten),
            query.Request.Aanbieders.Count == 0 ? "*" : string.Join(',', query.Request.Aanbieders),
            query.Extern,
            table.Rows.Count);
        return table;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Operator {Operator} took the {Kind} report {Van} to {Tot}, gemeenten {Gemeenten}, aanbieders {Aanbieders}, extern {Extern}: {Rows} rows")]
    private static partial void ReportTaken(ILogger logger, string @operator, string kind, string van, string tot, string gemeenten, string aanbieders, bool @extern, int rows);
}
