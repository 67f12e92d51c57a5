using Gateway.Host.Cluster;
using Gateway.Host.Console;
using Gateway.Host.Logging;
using Gateway.Host.Trust;
using Gateway.Storage;
using Gateway.Storage.Sqlite;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Gateway.Host.Hosting;

/// <summary>Builds the running gateway: configuration, logging, services, endpoints.</summary>
internal static class GatewayApplication
{
    /// <summary>
    /// Builds the web application. Configuration, lowest to highest precedence: appsettings.json next to the
    /// executable, <paramref name="configFile"/>, environment variables (<c>GATEWAY__…</c>), <paramref name="overrides"/>.
    /// </summary>
    public static WebApplication Build(string? configFile, IReadOnlyDictionary<string, string?>? overrides = null) =>
        Build(CreateBuilder(configFile, overrides));

    /// <summary>The composed gateway before it is built: configuration, logging, services and the store's instance lock.</summary>
    public static WebApplicationBuilder CreateBuilder(string? configFile, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(GatewayApplication).Assembly.GetName().Name,
        });
        builder.Host.UseSystemd(); // Under systemd (Type=notify, deploy/gateway.service): READY=1 once started, SIGTERM stops; elsewhere nothing.

        var paths = builder.Configuration.AddGatewaySources(configFile, overrides);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [GatewayLogging.LogDirectoryKey] = paths.Resolve(builder.Configuration[GatewayLogging.LogDirectoryKey] ?? "logs"),
        });
        builder.Configuration.AddInMemoryCollection(KestrelCertificatePaths(builder.Configuration, paths));
        InstanceIdentity.Apply(builder.Configuration, builder.Configuration);

        // Read before the container exists; a value that does not convert is reported by the configuration check.
        var http = builder.Configuration.ValueOrDefault<GatewayHostOptions>(GatewayHostOptions.SectionName);
        var trust = builder.Configuration.ValueOrDefault<TrustOptions>(TrustOptions.SectionName);
        builder.WebHost.UseUrls(http.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = http.MaxRequestBytes;
            if (http.RequireClientCertificate)
            {
                InboundTls.RequireClientCertificates(kestrel, paths, http.ClientCertificateAuthorityPath, trust.CheckRevocation);
            }
        });

        // Before anything else touches the store or the port: a second instance stops here with one clear line.
        var storeLock = AcquireStoreLock(builder.Configuration, paths);
        try
        {
            builder.Logging.UseGatewayLogging(builder.Configuration);
            builder.Services.AddGatewayHost(builder.Configuration, paths);
            if (storeLock is not null)
            {
                builder.Services.AddSingleton(_ => storeLock);
            }

            return builder;
        }
        catch
        {
            storeLock?.Dispose();
            throw;
        }
    }

    /// <summary>Builds the composed gateway and maps its endpoints.</summary>
    public static WebApplication Build(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var app = builder.Build();
        app.UseGatewayRequestLogging();
        app.UseGatewayConsole();
        app.MapGatewayEndpoints();

        // Resolved once, so the container owns the lock and releases it when the application is disposed.
        app.Services.GetService<SqliteInstanceLock>();
        return app;
    }

    /// <summary>
    /// The store's instance lock (<see cref="SqliteInstanceLock"/>): only one serving process per store. Null when the
    /// configuration names no store file (none, or a PostgreSQL store); the options validation then stops the start with the key to set.
    /// </summary>
    private static SqliteInstanceLock? AcquireStoreLock(IConfiguration configuration, HostPaths paths)
    {
        const string Key = $"{GatewayHostServiceCollectionExtensions.RootSection}:{StorageOptions.SectionName}:{nameof(StorageOptions.DatabasePath)}";
        const string ProviderKey = $"{GatewayHostServiceCollectionExtensions.RootSection}:{StorageOptions.SectionName}:{nameof(StorageOptions.Provider)}";
        if (configuration[Key] is not { Length: > 0 } databasePath || string.IsNullOrWhiteSpace(databasePath)
            || new StorageOptions { Provider = configuration[ProviderKey] ?? StorageOptions.SqliteProvider }.IsPostgres)
        {
            // PostgreSQL is shared by design: no file lock.
            return null;
        }

        var path = paths.Resolve(databasePath);
        try
        {
            return SqliteInstanceLock.Acquire(path);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or (IOException and not StoreInUseException))
        {
            // Reported by the run verb as a configuration to fix (exit 2), not as a crash.
            throw new ArgumentException($"{Key}: the folder of {path} does not take the store's lock file {path}{SqliteInstanceLock.Suffix} ({e.Message}); use a writable local folder.", e);
        }
    }

    /// <summary>
    /// The certificate files of the standard <c>Kestrel</c> section (<c>Kestrel:Endpoints:{name}:Certificate:Path</c>,
    /// <c>…:KeyPath</c>, <c>…:Sni:{host}:Certificate:Path</c>, <c>Kestrel:Certificates:{name}:Path</c>) resolved against the
    /// folder of the configuration file like every other relative path, instead of Kestrel's default, the executable's folder.
    /// </summary>
    internal static Dictionary<string, string?> KestrelCertificatePaths(IConfiguration configuration, HostPaths paths)
    {
        var resolved = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in configuration.GetSection("Kestrel").AsEnumerable())
        {
            var segments = key.Split(ConfigurationPath.KeyDelimiter);
            var isFile = segments[^1].Equals("Path", StringComparison.OrdinalIgnoreCase) || segments[^1].Equals("KeyPath", StringComparison.OrdinalIgnoreCase);
            var isCertificate = segments.Length >= 3
                && (segments[^2].Equals("Certificate", StringComparison.OrdinalIgnoreCase) || segments[^3].Equals("Certificates", StringComparison.OrdinalIgnoreCase));
            if (isFile && isCertificate && value is { Length: > 0 } && !Path.IsPathRooted(value))
            {
                resolved[key] = paths.Resolve(value);
            }
        }

        return resolved;
    }
}
