using Gateway.Host.Region;
using Gateway.Host.Transport.BackOffice;
using Gateway.Routing.Declaraties;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Operators;

/// <summary>
/// Ceilings and held 325s over HTTP. Operators (group <c>/api/operator</c>, their own key and gemeenten):
/// GET <c>ceilings</c>, GET <c>answers/held</c>, POST <c>answers/held/{id}/release</c>. Back offices (their own key):
/// GET <c>/api/backoffice/{gemeentecode}/answers/held</c>, POST <c>…/answers/held/{id}/release</c>. A second decision
/// gets 409; a replacing 325 goes through the ordinary <c>/api/backoffice/{gemeentecode}/messages</c>.
/// </summary>
internal static class DeclaratieAntwoordApi
{
    /// <summary>The operator endpoints, inside the operator group (which authenticates).</summary>
    public static RouteGroupBuilder MapDeclaratieAntwoordOperatorApi(this RouteGroupBuilder api)
    {
        api.MapGet("/ceilings", async (HttpContext http, DeclaratieAntwoordQueries queries, CancellationToken ct) =>
            Results.Ok(await queries.CeilingsAsync(OperatorApi.Account(http), ct)));
        api.MapGet("/answers/held", async (HttpContext http, DeclaratieAntwoordQueries queries, CancellationToken ct) =>
            Results.Ok(await queries.HeldAsync(OperatorApi.Account(http), ct)));
        api.MapPost("/answers/held/{id:long}/release", async (HttpContext http, DeclaratieAntwoordQueries queries, long id, CancellationToken ct) =>
            ToResult(await queries.ReleaseAsync(OperatorApi.Account(http), id, ct)));
        return api;
    }

    /// <summary>The back-office endpoints, with the same key check as its message submission.</summary>
    public static IEndpointRouteBuilder MapDeclaratieAntwoordBackOfficeApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/backoffice/{gemeentecode}/answers/held", async (
            HttpContext http, string gemeentecode, IOptions<RegionOptions> region, DeclaratieAntwoordQueries queries, CancellationToken ct) =>
            BackOfficeApi.Authorize(http, gemeentecode, region.Value) is { } refused
                ? refused
                : Results.Ok(await queries.HeldAsync(BackOffice(gemeentecode), ct)));
        endpoints.MapPost("/api/backoffice/{gemeentecode}/answers/held/{id:long}/release", async (
            HttpContext http, string gemeentecode, long id, IOptions<RegionOptions> region, DeclaratieAntwoordQueries queries, CancellationToken ct) =>
            BackOfficeApi.Authorize(http, gemeentecode, region.Value) is { } refused
                ? refused
                : ToResult(await queries.ReleaseAsync(BackOffice(gemeentecode), id, ct)));
        return endpoints;
    }

    private static OperatorAccount BackOffice(string gemeentecode) =>
        new("backoffice-api:" + gemeentecode, new HashSet<string>(StringComparer.Ordinal) { gemeentecode });

    private static IResult ToResult(HeldAnswerDecision decision) => decision.Kind switch
    {
        HeldAnswerDecisionKind.Done => Results.Ok(new { messageId = decision.Answer!.AnswerMessageId, state = "released", message = decision.Message }),
        HeldAnswerDecisionKind.AlreadyDecided => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: decision.Message),
        _ => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: decision.Message),
    };
}
