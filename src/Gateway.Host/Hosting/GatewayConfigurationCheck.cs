using Gateway.Host.Logging;
using Gateway.Routing.Ledger;
using Gateway.Routing.Reference;
using Microsoft.Extensions.Configuration;

namespace Gateway.Host.Hosting;

/// <summary>Every problem of every configuration section, one line each with its full key, in section order.</summary>
internal static class GatewayConfigurationCheck
{
    /// <summary>The problems of a composed gateway's configuration; when every section is usable, also those of the region files.</summary>
    public static IReadOnlyList<string> Problems(IServiceProvider services, IConfiguration configuration)
    {
        List<string> problems = [.. services.GetServices<IGatewaySection>().SelectMany(section => section.Problems(services, configuration)).Distinct(StringComparer.Ordinal)];
        if (GatewayLogging.FormatProblem(configuration) is { } logging)
        {
            problems.Add(logging);
        }

        if (problems.Count == 0)
        {
            try
            {
                // Builds the level-4 rules, which loads the reference data and the contract register they read.
                _ = services.GetServices<ICrossMessageRule>().Count();
            }
            catch (ConfigurationFileException e)
            {
                problems.AddRange(e.Errors.Count > 0 ? e.Errors.Select(error => error.ToString()) : [e.Message]);
            }
        }

        return problems;
    }

    /// <summary>The problems of the configuration <c>gateway run --config</c> would read, without starting anything or touching the store.</summary>
    /// <exception cref="GatewayConfigurationException">The configuration file cannot be used.</exception>
    public static IReadOnlyList<string> Problems(string? configFile)
    {
        var (configuration, paths) = GatewayConfiguration.Load(configFile);
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddGatewayHost(configuration, paths);
        using var provider = services.BuildServiceProvider();
        return Problems(provider, configuration);
    }
}
