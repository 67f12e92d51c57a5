using System.Text.Json.Serialization;
using Gateway.HubSimulator.Control;
using Gateway.HubSimulator.Hub;
using Gateway.HubSimulator.Provider;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.HubSimulator;

/// <summary>Starts the simulator in this process (the demo and tests) or as the program's main loop.</summary>
public static class HubSimulatorHost
{
    /// <summary>Starts listening on <see cref="HubSimulatorOptions.Urls"/> and returns once the port is bound.</summary>
    public static async Task<HubSimulatorHandle> StartAsync(HubSimulatorOptions options, CancellationToken cancellationToken = default, Action<ILoggingBuilder>? logging = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = null);
        builder.Logging.ClearProviders();
        if (logging is not null)
        {
            logging(builder.Logging);
        }

        builder.Services.Configure<JsonOptions>(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        var traffic = new HubTraffic();
        var behaviour = new HubBehaviour(options.MaxEnvelopeBytes);
        var region = SampleRegion.Create(options.Seed, options.Clients);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(traffic);
        builder.Services.AddSingleton(behaviour);
        builder.Services.AddSingleton(region);
        builder.Services.AddHttpClient(nameof(ProviderSimulator));
        builder.Services.AddSingleton(sp => new ProviderSimulator(
            options,
            region,
            traffic,
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(ProviderSimulator)),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger<ProviderSimulator>()));
        builder.Services.AddSingleton(sp => new HubEndpoint(behaviour, traffic, sp.GetRequiredService<ProviderSimulator>(), options.Time));
        builder.Services.AddHostedService(sp => new ProviderWorker(sp.GetRequiredService<ProviderSimulator>(), options));

        var app = builder.Build();
        var hub = app.Services.GetRequiredService<HubEndpoint>();
        var provider = app.Services.GetRequiredService<ProviderSimulator>();
        app.MapPost(HubSimulatorOptions.HubPath, hub.HandleAsync);
        ControlEndpoints.Map(app, behaviour, traffic, provider, options);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The simulator is not listening on any address.");
        return new HubSimulatorHandle(app, new Uri(address.TrimEnd('/') + "/"), traffic, behaviour, provider);
    }
}
