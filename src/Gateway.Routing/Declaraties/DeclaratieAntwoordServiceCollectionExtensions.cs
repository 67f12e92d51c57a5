using Gateway.Routing.Contracts;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Pipeline.Steps;
using Gateway.Routing.Reference;
using Gateway.Routing.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Gateway.Routing.Declaraties;

/// <summary>Registers the 325 policy (hold or send), ceiling usage and the held-answer decisions.</summary>
public static class DeclaratieAntwoordServiceCollectionExtensions
{
    /// <summary>
    /// Sets the region's 325 policy (default <see cref="AntwoordBeleid.Direct"/> without this call). Ceiling usage needs
    /// the contract register (AddGatewayContracts) and a store (AddGatewaySqliteLedger); holding needs the store.
    /// </summary>
    public static IServiceCollection AddGatewayDeclaratieAntwoord(this IServiceCollection services, DeclaratieAntwoordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        services.Replace(ServiceDescriptor.Singleton(options));
        return services;
    }

    /// <summary>The pipeline steps and services; called by AddGatewayRouting so the pipeline always has them.</summary>
    internal static IServiceCollection AddGatewayDeclaratieAntwoordSteps(this IServiceCollection services)
    {
        services.TryAddSingleton(new DeclaratieAntwoordOptions());
        services.TryAddSingleton(sp => new CeilingGrants(
            sp.GetService<IDeclaratieAntwoordStore>(), sp.GetService<ReloadingSource<ContractRegister>>(), sp.GetRequiredService<ILogger<CeilingGrants>>()));
        services.TryAddSingleton(sp => new HeldAnswers(
            sp.GetRequiredService<IMessageStore>(),
            sp.GetService<IDeclaratieAntwoordStore>(),
            sp.GetRequiredService<CeilingGrants>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<HeldAnswers>>()));
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<DeclaratieAntwoordOptions>();
            if (options.Antwoord != AntwoordBeleid.Direct && sp.GetService<IDeclaratieAntwoordStore>() is null)
            {
                throw new InvalidOperationException($"Gateway:Declaraties:Antwoord is {options.Antwoord}: holding 325s needs the SQLite ledger (AddGatewaySqliteLedger); use Direct without it.");
            }

            return new DecideDeclaratieAntwoordStep(options, sp.GetRequiredService<CeilingGrants>());
        });
        services.AddSingleton<GrantCeilingsStep>();
        services.AddSingleton(sp => new HoldAnswerStep(
            sp.GetRequiredService<PipelineOptions>(), sp.GetService<IDeclaratieAntwoordStore>(), sp.GetRequiredService<ILogger<HoldAnswerStep>>()));
        services.AddSingleton<ReplaceHeldAnswerStep>();
        return services;
    }
}
