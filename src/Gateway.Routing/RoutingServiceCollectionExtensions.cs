using Gateway.Messages.Answers;
using Gateway.Messages.Rules;
using Gateway.Messages.Schemas;
using Gateway.Messages.Validation;
using Gateway.Routing.Declaraties;
using Gateway.Routing.Delivery;
using Gateway.Routing.Diagnostics;
using Gateway.Routing.Ledger;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Pipeline.Steps;
using Gateway.Routing.Region;
using Gateway.Routing.Retry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Gateway.Routing;

/// <summary>Everything <see cref="RoutingServiceCollectionExtensions.AddGatewayRouting"/> needs, usually bound from configuration.</summary>
public sealed record GatewayRoutingOptions
{
    /// <summary>The region: gemeenten, back offices, known providers.</summary>
    public RegionOptions Region { get; init; } = new();

    /// <summary>Schema packs and size limit.</summary>
    public MessagesOptions Messages { get; init; } = new();

    /// <summary>The retry schedule.</summary>
    public RetryOptions Retry { get; init; } = new();

    /// <summary>Claiming and sending deliveries.</summary>
    public DeliveryOptions Delivery { get; init; } = new();

    /// <summary>The pipeline.</summary>
    public PipelineOptions Pipeline { get; init; } = new();
}

/// <summary>Registers the pipeline, routing table, retry schedule and dispatcher.</summary>
public static class RoutingServiceCollectionExtensions
{
    /// <summary>
    /// Adds the routing services. The Host must also register an <see cref="Store.IMessageStore"/> and one
    /// <see cref="IDeliveryTransport"/> per destination kind; <see cref="TimeProvider"/>, <see cref="ILedger"/> and
    /// <see cref="IIdentificatieGenerator"/> get defaults unless registered first. Options are validated here, at start.
    /// </summary>
    public static IServiceCollection AddGatewayRouting(this IServiceCollection services, GatewayRoutingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Messages.Validate();
        options.Retry.Validate();
        options.Delivery.Validate();
        var routes = new RoutingTable(options.Region);

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ILedger, NoLedger>();
        services.TryAddSingleton<IIdentificatieGenerator, ClockIdentificatieGenerator>();
        services.AddSingleton(options.Messages);
        services.AddSingleton(options.Retry);
        services.AddSingleton(options.Delivery);
        services.AddSingleton(options.Pipeline);
        services.AddSingleton(routes);
        services.AddSingleton(Level2Validator.Default);
        services.AddSingleton(_ => SchemaPackLoader.LoadCached(options.Messages.SchemaRoot));
        services.AddSingleton(sp => new AnswerFactory(sp.GetRequiredService<SchemaCatalog>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IIdentificatieGenerator>()));
        services.AddSingleton(_ => new RetrySchedule(options.Retry));

        services.AddSingleton<ClassifyMessageStep>();
        services.AddSingleton<ValidateSchemaStep>();
        services.AddSingleton<CheckSenderStep>();
        services.AddSingleton<ResolveRouteStep>();
        services.AddSingleton<CheckRulesStep>();
        services.AddSingleton<DetectDuplicateStep>();
        services.AddSingleton<CheckLedgerStep>();
        services.AddSingleton<CorrelateAnswerStep>();
        services.AddSingleton<RecordMessageStep>();
        services.AddSingleton<ApplyToLedgerStep>();
        services.AddSingleton<BuildAnswerStep>();
        services.AddSingleton<QueueAnswerStep>();
        services.AddGatewayDeclaratieAntwoordSteps();
        services.AddSingleton<RouteToBackOfficeStep>();
        services.AddSingleton<QueueToHubStep>();
        services.AddSingleton<InboundPipeline>();
        services.AddSingleton<OutboundPipeline>();
        services.AddSingleton<PipelineRunner>();
        services.AddSingleton(sp => new InboundProcessor(
            sp.GetRequiredService<PipelineRunner>(), sp.GetRequiredService<InboundPipeline>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<InboundProcessor>>()));
        services.AddSingleton(sp => new OutboundSubmitter(
            sp.GetRequiredService<PipelineRunner>(), sp.GetRequiredService<OutboundPipeline>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<OutboundSubmitter>>()));
        services.AddGatewayMetrics();
        services.AddSingleton<DeliveryDispatcher>();
        return services;
    }
}
