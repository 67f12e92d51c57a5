using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Gateway.Host.Hosting;
using Gateway.Host.Operators;
using Gateway.Storage;
using Gateway.Storage.KeyRotation;
using Gateway.Storage.Relational;
using Gateway.Routing.Reference;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Cli;

/// <summary>Opens the store file named by the configuration (the same options as `gateway run`) for the operator verbs.</summary>
internal static class OperatorStore
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static Task<int> WithQueriesAsync(string? config, CliContext context, Func<OperatorQueries, Task<int>> action) =>
        WithStoreAsync(config, context, (store, _, _) => action(new OperatorQueries(store)));

    /// <summary>Opens (and migrates) the store of the configuration and hands it over with the "Gateway" section and the paths.</summary>
    public static async Task<int> WithStoreAsync(string? config, CliContext context, Func<RelationalMessageStore, IConfiguration, HostPaths, Task<int>> action)
    {
        var (configuration, paths) = GatewayConfiguration.Load(config is null ? null : context.FullPath(config));
        await using var store = StorageServiceCollectionExtensions.OpenStore(ExistingStore(configuration, paths), context.Time);
        await MigrateAsync(store);
        return await action(store, configuration.GetSection(GatewayHostServiceCollectionExtensions.RootSection), paths);
    }

    /// <summary>
    /// Opens (and migrates) the store of the configuration and composes the gateway's services over it as `gateway run`
    /// does, with the verb's clock and without starting anything, for verbs that need more than the store.
    /// </summary>
    public static async Task<int> WithServicesAsync(string? config, CliContext context, Func<IServiceProvider, Task<int>> action)
    {
        var (configuration, paths) = GatewayConfiguration.Load(config is null ? null : context.FullPath(config));
        ExistingStore(configuration, paths);
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddGatewayHost(configuration, paths);
        services.AddSingleton(context.Time);
        await using var provider = services.BuildServiceProvider();
        try
        {
            await MigrateAsync(provider.GetRequiredService<RelationalMessageStore>());
            return await action(provider);
        }
        catch (Exception e) when (e is OptionsValidationException or ConfigurationFileException)
        {
            throw new UsageException("the configuration needs fixing (see `gateway config check`): " + e.Message);
        }
    }

    /// <summary>The storage options of the configuration, checked, naming a store file that exists.</summary>
    private static StorageOptions ExistingStore(IConfiguration configuration, HostPaths paths)
    {
        var options = configuration.BindSection<StorageOptions>(GatewayHostServiceCollectionExtensions.RootSection + ":" + StorageOptions.SectionName);
        options.DatabasePath = string.IsNullOrWhiteSpace(options.DatabasePath) ? options.DatabasePath : paths.Resolve(options.DatabasePath);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new UsageException("the storage configuration needs fixing: " + string.Join(" ", problems));
        }

        if (!options.IsPostgres && !File.Exists(options.DatabasePath))
        {
            throw new UsageException($"no store at {options.DatabasePath}: start the gateway once, or pass the --config of the running gateway.");
        }

        return options;
    }

    private static async Task MigrateAsync(RelationalMessageStore store)
    {
        try
        {
            await store.MigrateAsync();
        }
        catch (StoreKeysException e)
        {
            throw new UsageException("the store's keys do not match the configuration: " + e.Message);
        }
    }

    /// <summary>The person at the keyboard, named in the audit trail.</summary>
    public static OperatorAccount Account(string? name) =>
        OperatorAccount.CommandLine(string.IsNullOrWhiteSpace(name) ? "cli:" + Environment.UserName : "cli:" + name);

    public static void Write<T>(CliContext context, T value) => context.Out.WriteLine(JsonSerializer.Serialize(value, Json));

    public static Option<string?> OperatorOption() => new("--operator")
    {
        Description = "Your name for the audit trail (default: the login name).",
        HelpName = "NAME",
    };
}
