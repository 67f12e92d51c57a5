using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Gateway.Host.Hosting;
using Gateway.Host.Operators;
using Gateway.Storage;
using Gateway.Storage.KeyRotation;
using Gateway.Storage.Sqlite;
using Microsoft.Extensions.Configuration;

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
    public static async Task<int> WithStoreAsync(string? config, CliContext context, Func<SqliteMessageStore, IConfiguration, HostPaths, Task<int>> action)
    {
        var (configuration, paths) = GatewayConfiguration.Load(config is null ? null : context.FullPath(config));
        var options = configuration.BindSection<StorageOptions>(GatewayHostServiceCollectionExtensions.RootSection + ":" + StorageOptions.SectionName);
        options.DatabasePath = string.IsNullOrWhiteSpace(options.DatabasePath) ? options.DatabasePath : paths.Resolve(options.DatabasePath);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new UsageException("the storage configuration needs fixing: " + string.Join(" ", problems));
        }

        if (!File.Exists(options.DatabasePath))
        {
            throw new UsageException($"no store at {options.DatabasePath}: start the gateway once, or pass the --config of the running gateway.");
        }

        await using var store = new SqliteMessageStore(options, context.Time);
        try
        {
            await store.MigrateAsync();
        }
        catch (StoreKeysException e)
        {
            throw new UsageException("the store's keys do not match the configuration: " + e.Message);
        }

        return await action(store, configuration.GetSection(GatewayHostServiceCollectionExtensions.RootSection), paths);
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
