using Gateway.Host.Hosting;

namespace Gateway.Host.Trust;

/// <summary>Registers the sender map of <c>Gateway:Trust</c> (validated at start) and the gate the GGk endpoint asks.</summary>
internal static class TrustServiceCollectionExtensions
{
    public static IServiceCollection AddGatewayTrust(this IServiceCollection services)
    {
        services.AddGatewaySection<TrustOptions, TrustOptionsValidator>(TrustOptions.SectionName);
        services.AddSingleton<SenderDirectory>();
        services.AddSingleton<SenderGate>();
        return services;
    }
}
