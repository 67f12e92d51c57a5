using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Hosting;

/// <summary>Binds one configuration section to its one options type, validated at start and listed for the configuration check.</summary>
internal static class GatewaySectionServiceCollectionExtensions
{
    /// <summary>Binds <paramref name="path"/> to <typeparamref name="TOptions"/> with <typeparamref name="TValidator"/>, validated at start.</summary>
    public static OptionsBuilder<TOptions> AddGatewaySection<TOptions, TValidator>(this IServiceCollection services, string path)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.AddSingleton<IValidateOptions<TOptions>, TValidator>();
        return services.AddGatewaySection<TOptions>(path);
    }

    /// <summary>Binds <paramref name="path"/> to <typeparamref name="TOptions"/>, validated at start by the validators registered for it.</summary>
    public static OptionsBuilder<TOptions> AddGatewaySection<TOptions>(this IServiceCollection services, string path)
        where TOptions : class
    {
        services.AddSingleton<IGatewaySection>(new GatewaySection<TOptions>(path));
        return services.AddOptions<TOptions>().BindConfiguration(path).ValidateOnStart();
    }

    /// <summary>
    /// The section's values for a decision the composition takes before the container exists (which files, which
    /// schedule); the defaults when a value does not convert, which the configuration check reports before any start.
    /// </summary>
    public static TOptions ValueOrDefault<TOptions>(this IConfiguration configuration, string path)
        where TOptions : class, new()
    {
        try
        {
            return configuration.GetSection(path).Get<TOptions>() ?? new TOptions();
        }
        catch (InvalidOperationException)
        {
            return new TOptions();
        }
    }
}
