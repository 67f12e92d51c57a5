using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Hosting;

/// <summary>The section at <see cref="Path"/>, bound to <typeparamref name="TOptions"/>.</summary>
internal sealed class GatewaySection<TOptions>(string path) : IGatewaySection
    where TOptions : class
{
    public string Path => path;

    public IReadOnlyList<string> Problems(IServiceProvider services, IConfiguration configuration)
    {
        // The binder stops at the first value it cannot convert: report them all, and validate only what binds.
        var values = ConfigurationValueCheck.Problems(configuration.GetSection(path), typeof(TOptions));
        if (values.Count > 0)
        {
            return values;
        }

        try
        {
            _ = services.GetRequiredService<IOptions<TOptions>>().Value;
            return [];
        }
        catch (OptionsValidationException e)
        {
            return [.. e.Failures];
        }
        catch (InvalidOperationException e) when (e.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal))
        {
            // A validator that reads another section met that section's bad value; that section reports it.
            return [];
        }
    }
}
