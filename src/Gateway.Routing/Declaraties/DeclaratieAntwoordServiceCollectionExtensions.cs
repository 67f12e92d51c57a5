using Gateway.Routing.Contracts;
using Gateway.Routing.Figures;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Pipeline.Steps;
using Gateway.Routing.Reference;
using Gateway.Routing.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.Routing.Declaraties;

/// <summary>Registers the 325 policy (hold or send), ceiling usage and the held-answer decisions; part of AddGatewayRouting.</summary>
internal static class DeclaratieAntwoordServiceCollectionExtensions
{
    /// <summary>
    /// The pipeline steps and services. Needs the <see cref="DeclaratieAntwoordOptions"/>, the store's
    /// <see cref="IDeclaratieAntwoordStore"/> and <see cref="IFigureRecorder"/>, and the contract register (<see cref="NoContracts"/> without one: no ceilings).
    /// </summary>
    public static IServiceCollection AddGatewayDeclaratieAntwoord(this IServiceCollection services)
    {
        services.AddSingleton(sp => new CeilingGrants(
            sp.GetRequiredService<IDeclaratieAntwoordStore>(), sp.GetRequiredService<ReloadingSource<ContractRegister>>(), sp.GetRequiredService<ILogger<CeilingGrants>>()));
        services.AddSingleton(sp => new HeldAnswers(
            sp.GetRequiredService<IMessageStore>(),
            sp.GetRequiredService<IDeclaratieAntwoordStore>(),
            sp.GetRequiredService<CeilingGrants>(),
            sp.GetRequiredService<IFigureRecorder>(),
            sp.GetRequiredService<Obligations.IObligationStore>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<HeldAnswers>>()));
        services.AddSingleton(sp => new DecideDeclaratieAntwoordStep(sp.GetRequiredService<DeclaratieAntwoordOptions>(), sp.GetRequiredService<CeilingGrants>()));
        services.AddSingleton<GrantCeilingsStep>();
        services.AddSingleton(sp => new HoldAnswerStep(
            sp.GetRequiredService<PipelineOptions>(), sp.GetRequiredService<IDeclaratieAntwoordStore>(), sp.GetRequiredService<ILogger<HoldAnswerStep>>()));
        services.AddSingleton<ReplaceHeldAnswerStep>();
        return services;
    }
}
