using Microsoft.Extensions.Configuration;

namespace Gateway.Host.Hosting;

/// <summary>The configuration sources of every verb, lowest precedence first: appsettings.json next to the executable, the --config file, GATEWAY__… environment variables, then overrides.</summary>
internal static class GatewayConfiguration
{
    public static HostPaths AddGatewaySources(this IConfigurationBuilder builder, string? configFile, IReadOnlyDictionary<string, string?>? overrides)
    {
        var baseDirectory = AppContext.BaseDirectory;
        if (configFile is not null)
        {
            var fullPath = Path.GetFullPath(configFile);
            if (!File.Exists(fullPath))
            {
                throw new FileNotFoundException($"Configuration file not found: {fullPath}.", fullPath);
            }

            builder.AddJsonFile(fullPath, optional: false, reloadOnChange: false);
            baseDirectory = Path.GetDirectoryName(fullPath)!;
        }

        builder.AddEnvironmentVariables();
        if (overrides is not null)
        {
            builder.AddInMemoryCollection(overrides);
        }

        var built = builder.Build();
        return new HostPaths(built[HostPaths.BaseDirectoryKey] ?? baseDirectory);
    }

    /// <summary>The configuration alone, for verbs that work on the store without starting the service.</summary>
    public static (IConfigurationRoot Configuration, HostPaths Paths) Load(string? configFile)
    {
        var builder = new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true);
        var paths = builder.AddGatewaySources(configFile, null);
        return (builder.Build(), paths);
    }
}
