using System.Globalization;
using Gateway.Host.Reports;
using Gateway.Routing.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Gateway.Host.Operators;

/// <summary>The operator JSON API under <c>/api/operator</c>; every call needs an operator's <c>X-Api-Key</c>.</summary>
internal static class OperatorApi
{
    private const string AccountKey = "gateway.operator";

    public static IEndpointRouteBuilder MapOperatorApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/operator").AddEndpointFilter(async (context, next) =>
        {
            var directory = context.HttpContext.RequestServices.GetRequiredService<OperatorDirectory>();
            var account = directory.Authenticate(context.HttpContext.Request.Headers[OperatorDirectory.ApiKeyHeader]);
            if (account is null)
            {
                return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "An operator API key is required in the X-Api-Key header.");
            }

            context.HttpContext.Items[AccountKey] = account;
            return await next(context);
        });

        api.MapGet("/queue", async (HttpContext http, OperatorQueries queries, string? state, string? destination, long? afterId, int? limit, CancellationToken ct) =>
        {
            if (!TryParseQuery(state, destination, afterId, limit, out var query, out var problem))
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: problem);
            }

            return Results.Ok(await queries.QueuePageAsync(Account(http), query, ct));
        });
        api.MapGet("/queue/{id:long}", async (HttpContext http, OperatorQueries queries, long id, CancellationToken ct) =>
            await queries.ShowDeliveryAsync(Account(http), id, ct) is { } view ? Results.Ok(view) : NotFound("delivery", id));
        api.MapPost("/queue/{id:long}/replay", async (HttpContext http, OperatorQueries queries, long id, CancellationToken ct) =>
            await queries.ReplayAsync(Account(http), id, ct) is { } result
                ? (result.Affected == 1 ? Results.Ok(result) : Results.Conflict(result))
                : NotFound("delivery", id));
        api.MapPost("/queue/{id:long}/purge", async (HttpContext http, OperatorQueries queries, long id, CancellationToken ct) =>
            await queries.PurgeAsync(Account(http), id, ct) is { } result
                ? (result.Affected == 1 ? Results.Ok(result) : Results.Conflict(result))
                : NotFound("delivery", id));
        api.MapPost("/queue/purge", async (HttpContext http, OperatorQueries queries, TimeProvider time, string? deadOlderThan, CancellationToken ct) =>
        {
            if (!TryParseAge(deadOlderThan, out var age))
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "deadOlderThan must be an age such as 7d, 12h or 30m.");
            }

            return await queries.PurgeDeadLettersAsync(Account(http), time.GetUtcNow() - age, ct) is { } result
                ? Results.Ok(result)
                : Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Purging by age is for operators who see the whole region.");
        });
        api.MapGet("/messages/{id:long}", async (HttpContext http, OperatorQueries queries, long id, bool? payload, CancellationToken ct) =>
            await queries.ShowMessageAsync(Account(http), id, payload == true, ct) is { } view ? Results.Ok(view) : NotFound("message", id));
        api.MapGet("/messages/{id:long}/timeline", async (HttpContext http, OperatorQueries queries, long id, CancellationToken ct) =>
            await queries.TimelineAsync(Account(http), id, ct) is { } view ? Results.Ok(view) : NotFound("message", id));
        api.MapDeclaratieAntwoordOperatorApi();
        api.MapReportsOperatorApi();
        api.MapDeadlinesOperatorApi();
        api.MapConsoleOperatorApi();
        return endpoints;
    }

    /// <summary>Parses ages such as <c>7d</c>, <c>12h</c>, <c>30m</c> or a TimeSpan (<c>1.00:00:00</c>).</summary>
    public static bool TryParseAge(string? text, out TimeSpan age)
    {
        age = TimeSpan.Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var unit = text[^1];
        if (char.IsLetter(unit) && double.TryParse(text[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) && amount >= 0)
        {
            age = unit switch
            {
                'd' => TimeSpan.FromDays(amount),
                'h' => TimeSpan.FromHours(amount),
                'm' => TimeSpan.FromMinutes(amount),
                's' => TimeSpan.FromSeconds(amount),
                _ => TimeSpan.MinValue,
            };
            return age >= TimeSpan.Zero;
        }

        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out age) && age >= TimeSpan.Zero;
    }

    /// <summary>The most rows one page of the queue holds (API and CLI).</summary>
    public const int MaxLimit = 500;

    public static bool TryParseQuery(string? state, string? destination, long? afterId, int? limit, out DeliveryQuery query, out string problem)
    {
        query = new DeliveryQuery();
        problem = "";
        DeliveryState? parsedState = null;
        if (!string.IsNullOrEmpty(state))
        {
            if (!Enum.TryParse<DeliveryState>(state, ignoreCase: true, out var s) || !Enum.IsDefined(s))
            {
                problem = $"state must be one of {string.Join(", ", Enum.GetNames<DeliveryState>())}.";
                return false;
            }

            parsedState = s;
        }

        DeliveryDestination? parsedDestination = null;
        if (!string.IsNullOrEmpty(destination))
        {
            try
            {
                parsedDestination = DeliveryDestination.Parse(destination);
            }
            catch (FormatException e)
            {
                problem = e.Message;
                return false;
            }
        }

        query = new DeliveryQuery(parsedState, parsedDestination, afterId ?? 0, Math.Clamp(limit ?? 50, 1, MaxLimit));
        return true;
    }

    public static OperatorAccount Account(HttpContext http) => (OperatorAccount)http.Items[AccountKey]!;

    private static IResult NotFound(string what, long id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No {what} {id} that you may see.");
}
