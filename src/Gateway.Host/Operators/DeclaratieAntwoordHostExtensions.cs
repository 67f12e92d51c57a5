using Gateway.Routing.Declaraties;

namespace Gateway.Host.Operators;

/// <summary>The Host's part of ceilings and held 325s: the queries behind API, CLI and metrics.</summary>
internal static class DeclaratieAntwoordHostExtensions
{
    /// <summary>Adds the queries over Routing's held answers and ceilings and the store's usage.</summary>
    public static IServiceCollection AddGatewayDeclaratieAntwoordHost(this IServiceCollection services)
    {
        services.AddSingleton(sp => new DeclaratieAntwoordQueries(
            sp.GetRequiredService<HeldAnswers>(), sp.GetRequiredService<CeilingGrants>(), sp.GetRequiredService<IDeclaratieAntwoordStore>()));
        return services;
    }
}
