using Gateway.Routing.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Gateway.Host.Operators;

/// <summary>
/// The console's JSON endpoints under <c>/api/operator</c>: search, the life of a toewijzing, failure groups with bulk
/// replay and purge (each needs <c>confirm</c>), traffic. Lists answer <c>{items, total, next}</c>.
/// </summary>
internal static class ConsoleApi
{
    private const string ConfirmProblem = "A bulk action needs confirm=true: it acts on every dead letter of the selection you may see.";

    public static RouteGroupBuilder MapConsoleOperatorApi(this RouteGroupBuilder api)
    {
        api.MapPost("/search", async (HttpContext http, ConsoleQueries queries, SearchRequest request, CancellationToken ct) =>
            ConsoleQueries.TryReadSearch(request, out var search, out var cursor, out var limit, out var problem)
                ? Results.Ok(await queries.SearchAsync(OperatorApi.Account(http), search, cursor, limit, ct))
                : BadRequest(problem))
            .WithSummary("Searches messages by their numbers, parties, BSN (keyed hash, body only), kind, state and date range.");
        api.MapGet("/toewijzingen/{nummer:long}/life", async (HttpContext http, ConsoleQueries queries, long nummer, CancellationToken ct) =>
            await queries.LifeAsync(OperatorApi.Account(http), nummer, ct) is { } life
                ? Results.Ok(life)
                : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No message of toewijzing {nummer} that you may see."))
            .WithSummary("Every message in the life of one toewijzing, with answers and rule codes.");
        api.MapGet("/failures", async (HttpContext http, ConsoleQueries queries, CancellationToken ct) =>
            Results.Ok(await queries.FailureGroupsAsync(OperatorApi.Account(http), ct)))
            .WithSummary("Dead letters grouped by cause, destination, error class and release.");
        api.MapGet("/failures/{group}", async (HttpContext http, ConsoleQueries queries, string group, string? cursor, int? limit, CancellationToken ct) =>
        {
            if (!TryCursor(cursor, out var after))
            {
                return BadRequest("cursor must be the 'next' value of the previous page.");
            }

            return await queries.MembersAsync(OperatorApi.Account(http), group, after, limit ?? ConsoleQueries.DefaultLimit, ct) is { } page ? Results.Ok(page) : GroupNotFound(group);
        })
            .WithSummary("The dead letters of one failure group, paged.");
        api.MapPost("/failures/{group}/replay", (HttpContext http, ConsoleQueries queries, string group, bool? confirm, CancellationToken ct) =>
            GroupActionAsync(http, queries, group, confirm, BulkAction.Replay, ct))
            .WithSummary("Bulk replay of every dead letter of a group (confirm=true); each audited.");
        api.MapPost("/failures/{group}/purge", (HttpContext http, ConsoleQueries queries, string group, bool? confirm, CancellationToken ct) =>
            GroupActionAsync(http, queries, group, confirm, BulkAction.Purge, ct))
            .WithSummary("Bulk purge of every dead letter of a group (confirm=true); each audited.");
        api.MapPost("/failures/replay", (HttpContext http, ConsoleQueries queries, BulkRequest request, CancellationToken ct) =>
            SelectionActionAsync(http, queries, request, BulkAction.Replay, ct))
            .WithSummary("Bulk replay of chosen dead letters by delivery id (confirm: true in the body); each audited.");
        api.MapPost("/failures/purge", (HttpContext http, ConsoleQueries queries, BulkRequest request, CancellationToken ct) =>
            SelectionActionAsync(http, queries, request, BulkAction.Purge, ct))
            .WithSummary("Bulk purge of chosen dead letters by delivery id (confirm: true in the body); each audited.");
        api.MapGet("/traffic", async (HttpContext http, ConsoleQueries queries, int? days, CancellationToken ct) =>
            Results.Ok(await queries.TrafficAsync(OperatorApi.Account(http), days ?? 7, ct)))
            .WithSummary("Messages per hour and rejections per retourcode over the last days (default 7, at most 31).");
        return api;
    }

    private static async Task<IResult> GroupActionAsync(HttpContext http, ConsoleQueries queries, string group, bool? confirm, BulkAction action, CancellationToken ct)
    {
        if (confirm != true)
        {
            return BadRequest(ConfirmProblem);
        }

        return await queries.GroupActionAsync(OperatorApi.Account(http), group, action, ct) is { } result ? Results.Ok(result) : GroupNotFound(group);
    }

    private static async Task<IResult> SelectionActionAsync(HttpContext http, ConsoleQueries queries, BulkRequest request, BulkAction action, CancellationToken ct)
    {
        if (!request.Confirm)
        {
            return BadRequest(ConfirmProblem);
        }

        if (request.DeliveryIds is not { Count: > 0 } ids || ids.Count > ConsoleQueries.MaxLimit)
        {
            return BadRequest($"deliveryIds must list between 1 and {ConsoleQueries.MaxLimit} delivery ids.");
        }

        return Results.Ok(await queries.SelectionActionAsync(OperatorApi.Account(http), ids, action, ct));
    }

    private static bool TryCursor(string? text, out PageCursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (!PageCursor.TryParse(text, out var parsed))
        {
            return false;
        }

        cursor = parsed;
        return true;
    }

    private static IResult BadRequest(string problem) => Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: problem);

    private static IResult GroupNotFound(string group) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No failure group '{group}' with dead letters that you may see.");
}
