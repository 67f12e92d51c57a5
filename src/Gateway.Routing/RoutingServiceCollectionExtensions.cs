using Gateway.Messages.Answers;
using Gateway.Messages.Rules;
using Gateway.Messages.Schemas;
using Gateway.Messages.Validation;
using Gateway.Routing.Configuration;
using Gateway.Routing.Contracts;
using Gateway.Routing.Declaraties;
using Gateway.Routing.Delivery;
using Gateway.Routing.Diagnostics;
using Gateway.Routing.Freezes;
using Gateway.Routing.Obligations;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Pipeline.Steps;
using Gateway.Routing.Precheck;
using Gateway.Routing.Region;
using Gateway.Routing.Retry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gateway.Routing;

/// <summary>Registers the pipeline, routing table, retry schedule, dispatcher, level-4 rules and the 325 policy.</summary>
public static class RoutingServiceCollectionExtensions
{
    /// <summary>
    /// Adds routing with options given as values (tests, tools). Every problem of every section is reported at once, in
    /// one <see cref="OptionsValidationException"/>, before anything is registered.
    /// </summary>
    public static IServiceCollection AddGatewayRouting(this IServiceCollection services, GatewayRoutingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        new ValidatedOptions()
            .Check(new MessagesOptionsValidator(), options.Messages)
            .Check(new RetryOptionsValidator(), options.Retry)
            .Check(new DeliveryOptionsValidator(), options.Delivery)
            .Check(new FreezeOptionsValidator(), options.Freezes)
            .Check(new PipelineOptionsValidator(), options.Pipeline)
            .Check(new ContractsOptionsValidator(), options.Contracts)
            .Check(new DeclaratieAntwoordOptionsValidator(), options.Declaraties)
            .Check(new ObligationsOptionsValidator(), options.Obligations)
            .ThrowIfAny<GatewayRoutingOptions>();
        services.AddSingleton(Options.Create(options.Messages));
        services.AddSingleton(Options.Create(options.Retry));
        services.AddSingleton(Options.Create(options.Delivery));
        services.AddSingleton(Options.Create(options.Freezes));
        services.AddSingleton(Options.Create(options.Pipeline));
        services.AddSingleton(Options.Create(options.Declaraties));
        services.AddSingleton(Options.Create(options.Obligations));
        services.AddSingleton(options.Region);
        return services.AddGatewayRouting(options.Contracts);
    }

    /// <summary>
    /// Adds routing over options the caller binds: <see cref="IOptions{TOptions}"/> of <see cref="MessagesOptions"/>,
    /// <see cref="RetryOptions"/>, <see cref="DeliveryOptions"/>, <see cref="FreezeOptions"/>, <see cref="PipelineOptions"/>,
    /// <see cref="DeclaratieAntwoordOptions"/> and <see cref="ObligationsOptions"/> (validate them at start with their validators) and a
    /// <see cref="RegionRoutes"/>. <paramref name="contracts"/> decides which level-4 rules are composed. The caller also
    /// registers the <see cref="TimeProvider"/>, the store (<see cref="Store.IMessageStore"/>, <see cref="Ledger.ILedger"/>,
    /// <see cref="IDeclaratieAntwoordStore"/>, <see cref="Figures.IFigureRecorder"/>, <see cref="IObligationStore"/>) and one <see cref="IDeliveryTransport"/> per destination kind.
    /// </summary>
    public static IServiceCollection AddGatewayRouting(this IServiceCollection services, ContractsOptions contracts)
    {
        ArgumentNullException.ThrowIfNull(contracts);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<MessagesOptions>>().Value);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<RetryOptions>>().Value);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<DeliveryOptions>>().Value);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<FreezeOptions>>().Value);
        services.AddSingleton<FreezeCalendar>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<PipelineOptions>>().Value);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<DeclaratieAntwoordOptions>>().Value);
        services.AddSingleton<IIdentificatieGenerator, ClockIdentificatieGenerator>();
        services.AddSingleton(sp => new RoutingTable(sp.GetRequiredService<RegionRoutes>()));
        services.AddSingleton(Level2Validator.Default);
        services.AddSingleton(sp => SchemaPackLoader.LoadCached(sp.GetRequiredService<MessagesOptions>().SchemaRoot));
        services.AddSingleton(sp => new AnswerFactory(sp.GetRequiredService<SchemaCatalog>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IIdentificatieGenerator>()));
        services.AddSingleton(sp => new RetrySchedule(sp.GetRequiredService<RetryOptions>()));

        services.AddSingleton<ClassifyMessageStep>();
        services.AddSingleton<ValidateSchemaStep>();
        services.AddSingleton<CheckSenderStep>();
        services.AddSingleton<ResolveRouteStep>();
        services.AddSingleton<CheckRulesStep>();
        services.AddSingleton<DraftAnswerStep>();
        services.AddSingleton<DetectDuplicateStep>();
        services.AddSingleton<CheckLedgerStep>();
        services.AddSingleton<CorrelateAnswerStep>();
        services.AddSingleton<RecordMessageStep>();
        services.AddSingleton<ApplyToLedgerStep>();
        services.AddSingleton<BuildAnswerStep>();
        services.AddSingleton<RecordFiguresStep>();
        services.AddSingleton<QueueAnswerStep>();
        services.AddGatewayContracts(contracts);
        services.AddGatewayDeclaratieAntwoord();
        services.AddGatewayObligations();
        services.AddSingleton<RouteToBackOfficeStep>();
        services.AddSingleton<QueueToHubStep>();
        services.AddSingleton<RecordRefusalStep>();
        services.AddSingleton<QueueRefusalStep>();
        services.AddSingleton<InboundPipeline>();
        services.AddSingleton<OutboundPipeline>();
        services.AddSingleton<PipelineRunner>();
        services.AddSingleton(sp => new InboundProcessor(
            sp.GetRequiredService<PipelineRunner>(), sp.GetRequiredService<InboundPipeline>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<InboundProcessor>>()));
        services.AddSingleton(sp => new OutboundSubmitter(
            sp.GetRequiredService<PipelineRunner>(), sp.GetRequiredService<OutboundPipeline>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<OutboundSubmitter>>()));
        services.AddSingleton(sp => new MessagePrecheck(
            sp.GetRequiredService<PipelineRunner>(), sp.GetRequiredService<InboundPipeline>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<MessagePrecheck>>()));
        services.AddGatewayMetrics();
        services.AddSingleton<DeliveryDispatcher>();
        return services;
    }
}
