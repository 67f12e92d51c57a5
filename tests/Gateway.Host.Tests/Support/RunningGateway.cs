using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Gateway.Host.Demo;
using Gateway.Host.Hosting;
using Gateway.HubSimulator;
using Gateway.Routing.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Host.Tests.Support;

/// <summary>
/// The gateway as a region runs it, in this process: real Kestrel on 127.0.0.1, a real SQLite file in a temp folder,
/// the hub simulator as GGk and providers, an HTTP back-office sink (0363, 0599) and a directory back office (0518).
/// Retries are fast (0.3 s … 1.5 s) so outages and recoveries fit in a test.
/// </summary>
internal sealed class RunningGateway : IAsyncDisposable
{
    public const string OperatorKey = "operator-region-key-change-me";
    public const string AmsterdamOperatorKey = "operator-0363-key-change-me";

    private readonly Dictionary<string, string?> _overrides;
    private WebApplication? _app;

    private RunningGateway(string directory, int port, BackOfficeSink sink, HubSimulatorHandle simulator, string config, Dictionary<string, string?> overrides)
    {
        Directory = directory;
        Port = port;
        Sink = sink;
        Simulator = simulator;
        ConfigPath = config;
        _overrides = overrides;
        BaseUrl = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/"));
        Http = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(60) };
    }

    public string Directory { get; }

    public int Port { get; }

    public Uri BaseUrl { get; }

    public string ConfigPath { get; }

    public BackOfficeSink Sink { get; }

    public HubSimulatorHandle Simulator { get; }

    public HttpClient Http { get; }

    public IMessageStore Store => _app!.Services.GetRequiredService<IMessageStore>();

    public IServiceProvider Services => _app!.Services;

    public string Inbox(string gemeentecode) => Path.Combine(Directory, "backoffice", gemeentecode, "inbox");

    public string Outbox(string gemeentecode) => Path.Combine(Directory, "backoffice", gemeentecode, "outbox");

    public string LogDirectory => Path.Combine(Directory, "logs");

    public string DatabasePath => Path.Combine(Directory, "data", "gateway.db");

    /// <summary>The settings that make retries fast enough for a test.</summary>
    public static Dictionary<string, string?> FastRetries() => new()
    {
        ["Gateway:Retry:BaseDelay"] = "00:00:00.3",
        ["Gateway:Retry:MaxDelay"] = "00:00:01.5",
        ["Gateway:Retry:Horizon"] = "01:00:00",
        ["Gateway:Delivery:AttemptTimeout"] = "00:00:02",
        ["Gateway:Delivery:LeaseDuration"] = "00:00:06",
        ["Gateway:Delivery:BatchSize"] = "8",
        ["Gateway:Ggk:AttemptTimeout"] = "00:00:02",
        ["Gateway:Jobs:DeliverySweep"] = "00:00:00.25",
        ["Gateway:Jobs:OutboxSweep"] = "00:00:00.25",
        ["Gateway:Jobs:LeaseSweep"] = "00:00:01",
        ["Gateway:Ggk:BreakerBreakDuration"] = "00:00:00.5",
        ["Gateway:Ggk:BreakerSamplingDuration"] = "00:00:02",
        ["Gateway:Logging:ConsoleLevel"] = "Fatal",
    };

    public static async Task<RunningGateway> StartAsync(Dictionary<string, string?>? overrides = null, bool startGateway = true)
    {
        var directory = Path.Combine(Path.GetTempPath(), "gateway-test-" + Guid.NewGuid().ToString("N")[..10]);
        var port = FreePort();
        var keys = new Dictionary<string, string>
        {
            ["0363"] = "backoffice-0363-key-change-me",
            ["0599"] = "backoffice-0599-key-change-me",
            ["0518"] = "backoffice-0518-key-change-me",
        };
        var sink = await BackOfficeSink.StartAsync(keys);
        var simulator = await HubSimulatorHost.StartAsync(new HubSimulatorOptions
        {
            Urls = "http://127.0.0.1:0",
            GatewayUrl = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/ggk")),
            // Enough clients that one test never allocates twice to a client at a provider (OP087 would then want the earlier toewijzingen along).
            Clients = 240,
            AnswerRetryDelay = TimeSpan.FromMilliseconds(500),
            AnswerAttempts = 60,
            ContractTarief = DemoContracts.Load(RepoPaths.Sample()).Tarief,
        });
        var config = DemoConfiguration.Write(directory, RepoPaths.Sample(), RepoPaths.Schemas, port, simulator.HubUrl, sink);
        var all = FastRetries();
        foreach (var (key, value) in overrides ?? [])
        {
            all[key] = value;
        }

        var gateway = new RunningGateway(directory, port, sink, simulator, config, all);
        if (startGateway)
        {
            await gateway.StartGatewayAsync();
        }

        return gateway;
    }

    /// <summary>Sets a configuration value for the next start.</summary>
    public void Override(string key, string? value) => _overrides[key] = value;

    /// <summary>Changes the composition after the gateway's own (e.g. transactions that fail on demand).</summary>
    public Action<IServiceCollection>? ConfigureServices { get; set; }

    public async Task StartGatewayAsync()
    {
        var builder = GatewayApplication.CreateBuilder(ConfigPath, _overrides);
        ConfigureServices?.Invoke(builder.Services);
        _app = GatewayApplication.Build(builder);
        await _app.StartAsync();
    }

    public async Task StopGatewayAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _app = null;
        }
    }

    /// <summary>Stops and starts the gateway on the same store and configuration.</summary>
    public async Task RestartAsync()
    {
        await StopGatewayAsync();
        await StartGatewayAsync();
    }

    public async Task<HttpResponseMessage> SubmitAsync(string gemeentecode, byte[] document, string? apiKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/backoffice/{gemeentecode}/messages") { Content = new ByteArrayContent(document) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        request.Headers.Add("X-Api-Key", apiKey ?? $"backoffice-{gemeentecode}-key-change-me");
        return await Http.SendAsync(request);
    }

    public Task<HttpResponseMessage> OperatorAsync(HttpMethod method, string path, string apiKey = OperatorKey) => OperatorAsync(method, path, null, apiKey);

    /// <summary>An operator call with a body (e.g. a search, which carries a BSN only in its body).</summary>
    public async Task<HttpResponseMessage> OperatorAsync(HttpMethod method, string path, HttpContent? content, string apiKey = OperatorKey)
    {
        using var request = new HttpRequestMessage(method, "api/operator/" + path) { Content = content };
        request.Headers.Add("X-Api-Key", apiKey);
        return await Http.SendAsync(request);
    }

    /// <summary>Waits until nothing is pending or being sent.</summary>
    public async Task<bool> WaitForEmptyQueueAsync(TimeSpan timeout)
    {
        var started = TimeProvider.System.GetTimestamp();
        while (TimeProvider.System.GetElapsedTime(started) < timeout)
        {
            var depth = await Store.GetQueueDepthAsync();
            if (depth.Where(d => d.State is DeliveryState.Pending or DeliveryState.Sending).Sum(d => d.Count) == 0)
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }

    public static async Task<bool> EventuallyAsync(Func<bool> condition, TimeSpan timeout)
    {
        var started = TimeProvider.System.GetTimestamp();
        while (!condition())
        {
            if (TimeProvider.System.GetElapsedTime(started) > timeout)
            {
                return false;
            }

            await Task.Delay(50);
        }

        return true;
    }

    public async ValueTask DisposeAsync()
    {
        await StopGatewayAsync();
        await Simulator.DisposeAsync();
        await Sink.DisposeAsync();
        Http.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>A loopback port free now, below the ephemeral range (<see cref="Gateway.Testing.Network.FreePort"/>).</summary>
    public static int FreePort() => Gateway.Testing.Network.FreePort.Next();
}
