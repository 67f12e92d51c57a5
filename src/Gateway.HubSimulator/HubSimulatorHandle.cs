using Gateway.HubSimulator.Hub;
using Gateway.HubSimulator.Provider;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;

namespace Gateway.HubSimulator;

/// <summary>A running simulator: its address, what it recorded, and the switches of its behaviour.</summary>
public sealed class HubSimulatorHandle : IAsyncDisposable
{
    private readonly WebApplication _app;

    internal HubSimulatorHandle(WebApplication app, Uri baseUrl, HubTraffic traffic, HubBehaviour behaviour, ProviderSimulator provider)
    {
        _app = app;
        BaseUrl = baseUrl;
        Traffic = traffic;
        Behaviour = behaviour;
        Provider = provider;
    }

    /// <summary>Where the simulator listens, e.g. http://127.0.0.1:5080/.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The GGk service URL the gateway sends to (BaseUrl + /ggk).</summary>
    public Uri HubUrl => new(BaseUrl, HubSimulatorOptions.HubPath.TrimStart('/'));

    /// <summary>Everything received from and sent to the gateway.</summary>
    public HubTraffic Traffic { get; }

    /// <summary>How the simulated hub answers; switchable while running.</summary>
    public HubBehaviour Behaviour { get; }

    /// <summary>The simulated provider software.</summary>
    public ProviderSimulator Provider { get; }

    /// <summary>Completes when the simulator stops.</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => _app.WaitForShutdownAsync(cancellationToken);

    /// <summary>Stops the simulator.</summary>
    public Task StopAsync(CancellationToken cancellationToken = default) => _app.StopAsync(cancellationToken);

    /// <summary>Stops the simulator and its traffic.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
