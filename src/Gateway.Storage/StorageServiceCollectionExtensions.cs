using Gateway.Routing.Diagnostics;
using Gateway.Routing.Store;
using Gateway.Storage.KeyRotation;
using Gateway.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Gateway.Storage;

/// <summary>Registers the durable store.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>Adds the SQLite <see cref="IMessageStore"/> with validated <see cref="StorageOptions"/> (checked at start) and its <see cref="SqliteKeyRotation"/> (bind <see cref="KeyRotationOptions"/> beside it).</summary>
    public static IServiceCollection AddGatewayStorage(this IServiceCollection services, Action<StorageOptions>? configure = null)
    {
        var builder = services.AddOptions<StorageOptions>();
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        builder.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddGatewayMetrics();
        services.TryAddSingleton<SqliteMessageStore>(sp => new SqliteMessageStore(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value,
            sp.GetRequiredService<TimeProvider>())
        {
            Metrics = sp.GetRequiredService<GatewayMetrics>(),
        });
        services.TryAddSingleton<IMessageStore>(sp => sp.GetRequiredService<SqliteMessageStore>());
        services.AddOptions<KeyRotationOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<KeyRotationOptions>, KeyRotationOptionsValidator>());
        services.TryAddSingleton(sp => new SqliteKeyRotation(
            sp.GetRequiredService<SqliteMessageStore>(),
            sp.GetRequiredService<IOptions<KeyRotationOptions>>().Value));
        return services;
    }
}

/// <summary>Turns <see cref="StorageOptions.Validate"/> into options validation.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var problems = options.Validate();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
