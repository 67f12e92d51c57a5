using Gateway.Host.Cli.Texts;
using Gateway.Host.Operators;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Gateway.Host.Reports;

/// <summary>
/// GET <c>/api/operator/reports/{kind}?from=&amp;to=&amp;gemeente=&amp;aanbieder=&amp;format=json|csv|xlsx&amp;extern=</c>
/// inside the operator group (which authenticates): the report within the operator's gemeenten; csv and xlsx as an
/// attachment named <c>stuurinformatie-{kind}-{van}-{tot}.{ext}</c>. A mistake is 400 and a gemeente the operator may
/// not see 403, each a problem naming the parameter.
/// </summary>
internal static class ReportsApi
{
    /// <summary>The formats over HTTP (the first is the default); a table is for terminals.</summary>
    public static readonly IReadOnlyList<ReportFormat> Formats = [ReportFormat.Json, ReportFormat.Csv, ReportFormat.Xlsx];

    public static RouteGroupBuilder MapReportsOperatorApi(this RouteGroupBuilder api)
    {
        api.MapGet("/reports/{kind}", async (HttpContext http, TimeProvider time, string kind, string? from, string? to, string[]? gemeente, string[]? aanbieder, string? format, string? @extern, CancellationToken ct) =>
        {
            var texts = TextCatalogue.For(Language.En);
            var external = false;
            if (!string.IsNullOrWhiteSpace(@extern) && !bool.TryParse(@extern.Trim(), out external))
            {
                return Problem(StatusCodes.Status400BadRequest, TextCatalogue.Say(texts.NotTrueOrFalse, Name(ReportParameter.Extern), @extern), ReportParameter.Extern);
            }

            var arguments = new ReportArguments(kind, from, to, gemeente ?? [], aanbieder ?? [], format, external);
            if (!ReportQuery.TryParse(arguments, Formats, ReportQuery.CurrentMonth(time), out var query, out var mistake))
            {
                return Problem(StatusCodes.Status400BadRequest, mistake.Describe(texts, Name), mistake.Parameter);
            }

            var account = OperatorApi.Account(http);
            if (!ReportQueries.TryScope(account, query.Request, out var scoped))
            {
                var refused = query.Request.Gemeenten.Where(g => !account.Gemeenten.Contains(g));
                return Problem(
                    StatusCodes.Status403Forbidden,
                    $"gemeente {string.Join(", ", refused)} is not yours to see: ask for your own ({string.Join(", ", account.Gemeenten.Order(StringComparer.Ordinal))}), or leave gemeente out.",
                    ReportParameter.Gemeente);
            }

            // Composed once the request is checked: a refused or mistaken request never reaches the report builder.
            var queries = http.RequestServices.GetRequiredService<ReportQueries>();
            var table = await queries.BuildAsync(account, query with { Request = scoped }, ct);
            var writer = FigureWriters.For(query.Format);
            using var buffer = new MemoryStream();
            await writer.WriteAsync(table, buffer, ct);
            return query.Format == ReportFormat.Json
                ? Results.Bytes(buffer.ToArray(), writer.ContentType)
                : Results.File(buffer.ToArray(), writer.ContentType, FigureWriters.FileName(table, writer));
        });
        return api;
    }

    /// <summary>The query parameter's name.</summary>
    public static string Name(ReportParameter parameter) => parameter.ToString().ToLowerInvariant();

    private static IResult Problem(int status, string title, ReportParameter parameter) =>
        Results.Problem(statusCode: status, title: title, extensions: new Dictionary<string, object?> { ["parameter"] = Name(parameter) });
}
