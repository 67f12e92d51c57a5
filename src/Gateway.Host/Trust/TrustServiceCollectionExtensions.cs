using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Trust;

/// <summary>Registers the sender map of <c>Gateway:Trust</c> (validated at start) and the gate the GGk endpoint asks.</summary>
internal static class TrustServiceCollectionExtensions
{
    public static IServiceCollection AddGatewayTrust(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TrustOptions>().Bind(configuration.GetSection(TrustOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TrustOptions>, TrustOptionsValidator>();
        services.AddSingleton<SenderDirectory>();
        services.AddSingleton<SenderGate>();
        return services;
    }
}
