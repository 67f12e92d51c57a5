using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Gateway.Host.OpenApi;

/// <summary>
/// The OpenAPI document of the JSON API (operator, back-office, pre-check and explain endpoints, bulk actions included)
/// at <c>/openapi/v1.json</c>, generated from the endpoints themselves so it never drifts from them.
/// </summary>
internal static class OpenApiServiceCollectionExtensions
{
    /// <summary>The document's name; its path is <c>/openapi/{name}.json</c>.</summary>
    public const string DocumentName = "v1";

    public static IServiceCollection AddGatewayOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(DocumentName, options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "iStandaarden gateway";
            document.Info.Description =
                "Operator endpoints (/api/operator, header X-Api-Key with an operator key, scoped to the operator's gemeenten) " +
                "and back-office endpoints (/api/backoffice, header X-Api-Key with the back office's key). Lists answer " +
                "{items, total, next}; pass next back as cursor (afterId for /queue). Bulk replay and purge need confirm=true.";
            return Task.CompletedTask;
        }));

    public static IEndpointRouteBuilder MapGatewayOpenApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi("/openapi/{documentName}.json");
        return endpoints;
    }
}
