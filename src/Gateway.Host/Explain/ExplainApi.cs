using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Gateway.Host.Explain;

/// <summary><c>GET /api/explain/{code}</c>: what a code the gateway prints means, as JSON. No key: the codes are public knowledge.</summary>
internal static class ExplainApi
{
    public static IEndpointRouteBuilder MapExplainApi(this IEndpointRouteBuilder endpoints)
    {
        // The unknown code is not echoed: a path segment is the caller's input and could hold anything.
        endpoints.MapGet("/api/explain/{code}", (string code, CodeExplainer explainer) =>
            explainer.Explain(code) is { } explanation
                ? Results.Ok(explanation)
                : Results.Problem(
                    statusCode: StatusCodes.Status404NotFound,
                    title: "Unknown code: not a retourcode of release 3.2, a rule the gateway checks, a level-1 code, a StUF or IB code, or an OP/IV reference the gateway cites."));
        return endpoints;
    }
}
