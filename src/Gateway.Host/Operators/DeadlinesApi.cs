using Gateway.Routing.Obligations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Gateway.Host.Operators;

/// <summary>
/// The response-time obligations over HTTP, inside the operator group (which authenticates): GET <c>deadlines</c> lists
/// the open ones of the operator's gemeenten, nearest due date first; <c>?all=true</c> also the fulfilled and late ones.
/// </summary>
internal static class DeadlinesApi
{
    public static RouteGroupBuilder MapDeadlinesOperatorApi(this RouteGroupBuilder api)
    {
        api.MapGet("/deadlines", async (HttpContext http, Deadlines deadlines, bool? all, CancellationToken ct) =>
        {
            var account = OperatorApi.Account(http);
            var list = await deadlines.ListAsync(account.SeesAll ? null : account.Gemeenten, all ?? false, ct);
            return Results.Ok(list.Select(DeadlineView.Of).ToList());
        });
        return api;
    }
}
