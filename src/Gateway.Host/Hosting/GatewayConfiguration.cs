using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace Gateway.Host.Hosting;

/// <summary>The configuration sources of every verb, lowest precedence first: appsettings.json next to the executable, the --config file, GATEWAY__… environment variables, then overrides.</summary>
internal static class GatewayConfiguration
{
    private static readonly JsonDocumentOptions JsonAsConfigurationReadsIt = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Adds the sources; a --config file that is missing, a folder, empty or not a JSON object stops here with one line.</summary>
    /// <exception cref="GatewayConfigurationException">The configuration file cannot be used.</exception>
    public static HostPaths AddGatewaySources(this IConfigurationBuilder builder, string? configFile, IReadOnlyDictionary<string, string?>? overrides)
    {
        var baseDirectory = AppContext.BaseDirectory;
        if (configFile is not null)
        {
            var fullPath = Path.GetFullPath(configFile);
            CheckFile(fullPath);
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
    /// <exception cref="GatewayConfigurationException">The configuration file cannot be used.</exception>
    public static (IConfigurationRoot Configuration, HostPaths Paths) Load(string? configFile)
    {
        var builder = new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true);
        var paths = builder.AddGatewaySources(configFile, null);
        return (builder.Build(), paths);
    }

    /// <summary>One section bound for a verb; a value that does not convert stops with its key and the form it expects.</summary>
    /// <exception cref="GatewayConfigurationException">A value of the section does not convert.</exception>
    public static TOptions BindSection<TOptions>(this IConfiguration configuration, string path)
        where TOptions : class, new()
    {
        var section = configuration.GetSection(path);
        if (ConfigurationValueCheck.Problems(section, typeof(TOptions)) is { Count: > 0 } problems)
        {
            throw new GatewayConfigurationException("the configuration needs fixing: " + string.Join(" ", problems));
        }

        return section.Get<TOptions>() ?? new TOptions();
    }

    /// <summary>The one-line reasons a --config file cannot be read as configuration (the JSON provider would throw a stack of its own).</summary>
    private static void CheckFile(string path)
    {
        if (Directory.Exists(path))
        {
            throw new GatewayConfigurationException($"the configuration file {path} is a folder: give the path of a JSON file, e.g. {Path.Combine(path, "appsettings.json")}.");
        }

        if (!File.Exists(path))
        {
            throw new GatewayConfigurationException($"the configuration file {path} does not exist: check the path given to --config.");
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GatewayConfigurationException($"the configuration file {path} cannot be read ({e.Message}): check its permissions.");
        }

        if (bytes.AsSpan().Trim(" \t\r\n"u8).Trim("\uFEFF"u8).IsEmpty)
        {
            throw new GatewayConfigurationException($"the configuration file {path} is empty: it must hold a JSON object, e.g. {{ \"Gateway\": {{ … }} }} (see samples/region/appsettings.json).");
        }

        try
        {
            using var document = JsonDocument.Parse(bytes, JsonAsConfigurationReadsIt);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new GatewayConfigurationException($"the configuration file {path} holds a JSON {document.RootElement.ValueKind.ToString().ToLowerInvariant()}, not an object: wrap the settings in {{ … }}.");
            }
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? 0) + 1;
            var position = (e.BytePositionInLine ?? 0) + 1;
            throw new GatewayConfigurationException($"the configuration file {path} is not valid JSON at line {line}, position {position}: {FirstSentence(e.Message)}");
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (end > 0 ? message[..end] : message).Trim();
    }
}
