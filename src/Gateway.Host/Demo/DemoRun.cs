using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Gateway.Host.Cli;
using Gateway.Host.Contracts;
using Gateway.Host.Hosting;
using Gateway.Host.Operators;
using Gateway.Host.Region;
using Gateway.HubSimulator;
using Gateway.Routing.Contracts;
using Gateway.Routing.Reference;
using Gateway.Routing.Region;
using Gateway.Routing.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Demo;

/// <summary>How long and where the demo runs.</summary>
internal sealed record DemoSettings(TimeSpan Duration, string Directory, int Port, bool Exit, int Clients = 300);

/// <summary>
/// `gateway demo`: the gateway, the hub simulator and a sample region in one process. Runs realistic traffic (valid
/// and invalid provider messages, resends, 301/319 from HTTP and directory back offices) with a hub outage in the
/// middle, waits for the queue to drain, prints a summary, and keeps serving the operator API until stopped.
/// </summary>
internal static class DemoRun
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(120);
    private static readonly TimeSpan DrainLimit = TimeSpan.FromSeconds(90);

    public static async Task<int> RunAsync(DemoSettings settings, CliContext context, CancellationToken ct)
    {
        var samples = BackOfficeMessages.LocateSamples();
        var schemas = SchemaRootLocator.Resolve(null, context);
        var region = new ConfigurationBuilder().AddJsonFile(Path.Combine(samples, "region", "appsettings.json")).Build()
            .GetSection(HostRegionOptions.SectionName).Get<HostRegionOptions>() ?? new HostRegionOptions();
        var port = settings.Port == 0 ? FreePort() : settings.Port;
        var gatewayUrl = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/"));

        var contracts = DemoContracts.Load(samples);
        await using var sink = await BackOfficeSink.StartAsync(region.Gemeenten.ToDictionary(g => g.Code, g => g.BackOffice.ApiKey ?? ""), ct);
        await using var simulator = await HubSimulatorHost.StartAsync(
            new HubSimulatorOptions
            {
                Urls = "http://127.0.0.1:0",
                GatewayUrl = new Uri(gatewayUrl, "ggk"),
                Clients = settings.Clients,
                RejectFraction = 0.05,
                AnswerRetryDelay = TimeSpan.FromSeconds(2),
                AnswerAttempts = 30,
                ContractTarief = contracts.Tarief,
            },
            ct);
        var config = DemoConfiguration.Write(settings.Directory, samples, schemas, port, simulator.HubUrl, sink);
        await using var app = GatewayApplication.Build(config);
        await app.StartAsync(ct);

        context.Out.WriteLine($"Gateway demo: {gatewayUrl} (hub simulator {simulator.BaseUrl}, HTTP back offices {sink.Url}), data in {settings.Directory}");
        context.Out.WriteLine($"Running traffic for {settings.Duration.TotalSeconds:0} s with a hub outage in the middle ...");
        var store = app.Services.GetRequiredService<IMessageStore>();
        var hostRegion = app.Services.GetRequiredService<IOptions<HostRegionOptions>>().Value;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var traffic = new DemoTraffic(simulator, new BackOfficeClient(http, gatewayUrl), hostRegion, new BackOfficeMessages(samples, TimeProvider.System), contracts, sink);
        await RunTrafficAsync(settings, simulator, traffic, context, ct);

        context.Out.WriteLine("Traffic done; waiting for the queue to drain ...");
        await DrainAsync(store, ct);
        // The providers declare what they have not declared yet, and, once those 323s reached the back offices, the
        // back offices take their last round on the held 325s: a short run shows the ceilings, a release and a
        // replacing 325 too, whatever the random traffic declared.
        context.Out.WriteLine("Providers declare the rest; back offices decide on held 325s ...");
        await traffic.DeclareRemainingAsync(100, ct);
        await DrainAsync(store, ct);
        await traffic.DecideOnHeldAsync(ct);
        await DrainAsync(store, ct);
        var inboxes = hostRegion.Gemeenten.Where(g => g.BackOffice.Kind == BackOfficeKind.Directory).Select(g => g.BackOffice.InboxPath!);
        var register = app.Services.GetService<ReloadingSource<ContractRegister>>()?.Current;
        var summary = await DemoSummary.CollectAsync(store, simulator, sink, inboxes, register is null ? null : ContractRegisterFigures.Of(register), app.Services.GetService<DeclaratieAntwoordQueries>(), ct);
        summary.WriteTo(context.Out);

        if (settings.Exit)
        {
            await app.StopAsync(CancellationToken.None);
            return ExitCodes.Ok;
        }

        var operators = app.Services.GetRequiredService<IOptions<OperatorsOptions>>().Value.Accounts;
        context.Out.WriteLine();
        context.Out.WriteLine($"The operator API keeps running on {gatewayUrl}api/operator/ until Ctrl+C, e.g.:");
        if (operators.FirstOrDefault() is { } account)
        {
            context.Out.WriteLine($"  curl -H 'X-Api-Key: {account.ApiKey}' {gatewayUrl}api/operator/queue?state=DeadLettered");
        }

        context.Out.WriteLine($"  curl {gatewayUrl}metrics");
        context.Out.WriteLine($"  gateway queue list --config {config}");
        // Ctrl+C reaches the host's console lifetime, which stops the application; the command line's token may fire too.
        try
        {
            await app.WaitForShutdownAsync(ct);
        }
        catch (OperationCanceledException)
        {
            await app.StopAsync(CancellationToken.None);
        }

        return ExitCodes.Ok;
    }

    private static async Task RunTrafficAsync(DemoSettings settings, HubSimulatorHandle simulator, DemoTraffic traffic, CliContext context, CancellationToken ct)
    {
        var started = TimeProvider.System.GetTimestamp();
        var outageStarted = false;
        for (var tick = 0; TimeProvider.System.GetElapsedTime(started) < settings.Duration; tick++)
        {
            var elapsed = TimeProvider.System.GetElapsedTime(started);
            if (!outageStarted && elapsed >= settings.Duration * 0.3)
            {
                outageStarted = true;
                simulator.Behaviour.OutageUntil = TimeProvider.System.GetUtcNow() + settings.Duration * 0.2;
                context.Out.WriteLine($"  hub outage (HTTP 503) for {(settings.Duration * 0.2).TotalSeconds:0} s");
            }

            try
            {
                await traffic.TickAsync(tick, ct);
            }
            catch (HttpRequestException)
            {
                // A refused connection is part of the show (the gateway is busy); the simulator recorded it.
            }

            await Task.Delay(Tick, ct);
        }
    }

    private static async Task DrainAsync(IMessageStore store, CancellationToken ct)
    {
        var started = TimeProvider.System.GetTimestamp();
        while (TimeProvider.System.GetElapsedTime(started) < DrainLimit)
        {
            var depth = await store.GetQueueDepthAsync(ct);
            if (depth.Where(d => d.State is DeliveryState.Pending or DeliveryState.Sending).Sum(d => d.Count) == 0)
            {
                // The provider's answers to the last 301/319 may still be on their way.
                await Task.Delay(TimeSpan.FromSeconds(3), ct);
                depth = await store.GetQueueDepthAsync(ct);
                if (depth.Where(d => d.State is DeliveryState.Pending or DeliveryState.Sending).Sum(d => d.Count) == 0)
                {
                    return;
                }
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), ct);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
