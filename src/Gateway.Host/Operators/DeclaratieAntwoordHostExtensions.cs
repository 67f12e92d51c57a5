using Gateway.Routing.Declaraties;
using Microsoft.Extensions.Configuration;

namespace Gateway.Host.Operators;

/// <summary>The Host's part of ceilings and held 325s: the policy from Gateway:Declaraties and the queries behind API, CLI and metrics.</summary>
internal static class DeclaratieAntwoordHostExtensions
{
    /// <summary>Binds Gateway:Declaraties (Antwoord: Direct | HoldRejectedLines; a ceiling's beleid hold always holds) and adds the queries.</summary>
    public static IServiceCollection AddGatewayDeclaratieAntwoordHost(this IServiceCollection services, IConfiguration gateway)
    {
        services.AddGatewayDeclaratieAntwoord(gateway.GetSection(DeclaratieAntwoordOptions.SectionName).Get<DeclaratieAntwoordOptions>() ?? new DeclaratieAntwoordOptions());
        services.AddSingleton(sp => new DeclaratieAntwoordQueries(
            sp.GetRequiredService<HeldAnswers>(), sp.GetRequiredService<CeilingGrants>(), sp.GetService<IDeclaratieAntwoordStore>()));
        return services;
    }
}
