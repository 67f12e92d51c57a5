using Gateway.Messages.Validation;
using Gateway.Routing.Contracts;
using Gateway.Routing.Declaraties;
using Gateway.Routing.Delivery;
using Gateway.Routing.Freezes;
using Gateway.Routing.Obligations;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Region;
using Gateway.Routing.Retry;

namespace Gateway.Routing;

/// <summary>Everything <see cref="RoutingServiceCollectionExtensions.AddGatewayRouting(Microsoft.Extensions.DependencyInjection.IServiceCollection, GatewayRoutingOptions)"/> needs as values (tests, tools).</summary>
public sealed record GatewayRoutingOptions
{
    /// <summary>The region: gemeenten, back offices, known providers.</summary>
    public RegionRoutes Region { get; init; } = new();

    /// <summary>Schema packs and size limit.</summary>
    public MessagesOptions Messages { get; init; } = new();

    /// <summary>The retry schedule.</summary>
    public RetryOptions Retry { get; init; } = new();

    /// <summary>Claiming and sending deliveries.</summary>
    public DeliveryOptions Delivery { get; init; } = new();

    /// <summary>Release freezes of the hub; none configured by default (IB103 is still learned).</summary>
    public FreezeOptions Freezes { get; init; } = new();

    /// <summary>The pipeline.</summary>
    public PipelineOptions Pipeline { get; init; } = new();

    /// <summary>Reference data and contract register; none by default (<see cref="NoContracts"/>).</summary>
    public ContractsOptions Contracts { get; init; } = new();

    /// <summary>The 325 policy; <see cref="AntwoordBeleid.Direct"/> by default.</summary>
    public DeclaratieAntwoordOptions Declaraties { get; init; } = new();

    /// <summary>The response-time signals.</summary>
    public ObligationsOptions Obligations { get; init; } = new();
}
