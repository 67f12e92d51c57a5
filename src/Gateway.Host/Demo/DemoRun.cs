using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Gateway.Host.Cli;
using Gateway.Host.Cli.Texts;
using Gateway.Host.Contracts;
using Gateway.Host.Hosting;
using Gateway.Host.Operators;
using Gateway.Host.Region;
using Gateway.HubSimulator;
using Gateway.HubSimulator.Provider;
using Gateway.Routing.Contracts;
using Gateway.Routing.Obligations;
using Gateway.Routing.Reference;
using Gateway.Routing.Region;
using Gateway.Routing.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Demo;

/// <summary>
/// `gateway demo`: the gateway, the hub simulator and a sample region in one process. Runs realistic traffic (valid
/// and invalid provider messages, resends, 301/319 from HTTP and directory back offices) with a hub outage in the
/// middle and a release freeze after it, waits for the queue to drain, prints a summary, and keeps serving the
/// operator API until stopped.
/// </summary>
internal static class DemoRun
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(120);
    // A hang guard only: on a loaded machine the queue takes as long as it takes; the summary needs it drained.
    private static readonly TimeSpan DrainLimit = TimeSpan.FromMinutes(10);

    // The closing rounds (declare the rest, decide on held 325s) repeat until nothing is left to do, at most this often.
    private const int ClosingRounds = 5;

    // The release freeze, as parts of the traffic (rounds, or the duration): after the outage, before the end.
    private const double FreezeFrom = 0.65;
    private const double FreezeTo = 0.8;

    public static async Task<int> RunAsync(DemoSettings settings, CliContext context, CancellationToken ct)
    {
        var samples = BackOfficeMessages.LocateSamples();
        var schemas = SchemaRootLocator.Resolve(null, context);
        var region = new ConfigurationBuilder().AddJsonFile(Path.Combine(samples, "region", "appsettings.json")).Build()
            .GetSection(RegionOptions.SectionName).Get<RegionOptions>() ?? new RegionOptions();
        // The port stays taken until the gateway binds it, so the back-office sink and the hub simulator (both on port 0,
        // started in between) or another process cannot take it meanwhile.
        using var reserved = settings.Port == 0 ? new TcpListener(IPAddress.Loopback, 0) : null;
        reserved?.Start();
        var port = reserved is null ? settings.Port : ((IPEndPoint)reserved.LocalEndpoint).Port;
        var gatewayUrl = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/"));

        var contracts = DemoContracts.Load(samples);
        await using var sink = await BackOfficeSink.StartAsync(region.Gemeenten.ToDictionary(g => g.Code, g => g.BackOffice.ApiKey ?? ""), ct);
        sink.Answer = new BackOfficeRefusal().Answer;
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
        if (GatewayConfigurationCheck.Problems(app.Services, app.Configuration) is { Count: > 0 } problems)
        {
            RunCommand.WriteProblems(context.Error, problems);
            return ExitCodes.Usage;
        }

        reserved?.Stop();
        await app.StartAsync(ct);

        var texts = context.Texts;
        context.Out.WriteLine(TextCatalogue.Say(texts.DemoStarted, gatewayUrl, simulator.BaseUrl, sink.Url, settings.Directory));
        context.Out.WriteLine(settings.Rounds is { } rounds
            ? TextCatalogue.Say(texts.DemoRunningRounds, rounds)
            : TextCatalogue.Say(texts.DemoRunning, Math.Round(settings.Duration.TotalSeconds)));
        // The console is open while the traffic runs: a newcomer watches it arrive, then practises on its dead letters.
        WriteConsoleSignIn(context, app.Services, gatewayUrl);
        var store = app.Services.GetRequiredService<IMessageStore>();
        var hostRegion = app.Services.GetRequiredService<IOptions<RegionOptions>>().Value;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var traffic = new DemoTraffic(simulator, new BackOfficeClient(http, gatewayUrl), hostRegion, new BackOfficeMessages(samples, TimeProvider.System), contracts, sink);
        await RunTrafficAsync(settings, simulator, store, traffic, context, ct);

        context.Out.WriteLine(texts.DemoTrafficDone);
        await DrainAsync(store, ct);
        // The providers declare what they have not declared yet, and, once those 323s reached the back offices, the
        // back offices take their last round on the held 325s: a short run shows the ceilings, a release and a
        // replacing 325 too, whatever the random traffic declared. In rounds, not one pass: a 325 is replaced only once
        // its 323 reached the back office, which a loaded machine may not have managed by the first round. The rounds
        // end when nothing is left to declare or to decide.
        context.Out.WriteLine(texts.DemoDeclareRest);
        for (var round = 0; round < ClosingRounds; round++)
        {
            var declared = await traffic.DeclareRemainingAsync(100, ct);
            await DrainAsync(store, ct);
            var undecided = await traffic.DecideOnHeldAsync(ct);
            await DrainAsync(store, ct);
            if (declared == 0 && undecided == 0)
            {
                break;
            }
        }

        var inboxes = hostRegion.Gemeenten.Where(g => g.BackOffice.Kind == BackOfficeKind.Directory).Select(g => g.BackOffice.InboxPath!);
        var register = app.Services.GetRequiredService<ReloadingSource<ContractRegister>>().Current;
        var summary = await DemoSummary.CollectAsync(store, simulator, sink, inboxes, ContractRegisterFigures.Of(register), app.Services.GetRequiredService<DeclaratieAntwoordQueries>(), app.Services.GetRequiredService<Deadlines>(), ct);
        var names = new CodeNames(
            hostRegion.Gemeenten.ToDictionary(g => g.Code, g => g.Name, StringComparer.Ordinal),
            SampleRegion.DefaultAanbieders.ToDictionary(a => a.Agb, a => a.Naam, StringComparer.Ordinal));
        summary.WriteTo(context.Out, texts, names);

        if (settings.Exit)
        {
            await app.StopAsync(CancellationToken.None);
            return ExitCodes.Ok;
        }

        var operators = app.Services.GetRequiredService<IOptions<OperatorsOptions>>().Value.Accounts;
        context.Out.WriteLine();
        WriteConsoleSignIn(context, app.Services, gatewayUrl);
        context.Out.WriteLine(TextCatalogue.Say(texts.DemoKeepsRunning, gatewayUrl));
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

    /// <summary>
    /// The traffic, ticks of <see cref="DemoTraffic"/>: <see cref="DemoSettings.Rounds"/> of them, or as many as fit in
    /// the duration. The hub is out (HTTP 503) from 30 % to 50 % of the run, and in a release freeze (it answers IB103)
    /// from 65 % to 80 %, counted the same way: the gateway holds its hub deliveries without spending attempts and
    /// releases them once a probe is accepted after the freeze. The freeze ends no sooner than it has held something
    /// (<see cref="FreezeHoldsAsync"/>): when the gateway tries the hub falls to the delivery sweep and its backoff after
    /// the outage, not to the rounds, so on a fast or a loaded machine the window alone may pass without an attempt.
    /// </summary>
    private static async Task RunTrafficAsync(DemoSettings settings, HubSimulatorHandle simulator, IMessageStore store, DemoTraffic traffic, CliContext context, CancellationToken ct)
    {
        var started = TimeProvider.System.GetTimestamp();
        double Progress(int tick) => settings.Rounds is { } rounds ? (double)tick / rounds : TimeProvider.System.GetElapsedTime(started) / settings.Duration;
        var (outageStarted, outageOver) = (false, false);
        var (freezeStarted, freezeOver) = (false, false);
        try
        {
            for (var tick = 0; Progress(tick) < 1; tick++)
            {
                var progress = Progress(tick);
                if (!outageStarted && progress >= 0.3)
                {
                    outageStarted = true;
                    simulator.Behaviour.OutageUntil = DateTimeOffset.MaxValue;
                    context.Out.WriteLine(settings.Rounds is { } rounds
                        ? TextCatalogue.Say(context.Texts.DemoHubOutageRounds, (int)Math.Ceiling(rounds * 0.2))
                        : TextCatalogue.Say(context.Texts.DemoHubOutage, Math.Round((settings.Duration * 0.2).TotalSeconds)));
                }
                else if (outageStarted && !outageOver && progress >= 0.5)
                {
                    outageOver = true;
                    simulator.Behaviour.OutageUntil = null;
                }
                else if (!freezeStarted && progress >= FreezeFrom)
                {
                    freezeStarted = true;
                    simulator.Behaviour.FreezeUntil = DateTimeOffset.MaxValue;
                    context.Out.WriteLine(settings.Rounds is { } rounds
                        ? TextCatalogue.Say(context.Texts.DemoHubFreezeRounds, (int)Math.Round(rounds * (FreezeTo - FreezeFrom)))
                        : TextCatalogue.Say(context.Texts.DemoHubFreeze, Math.Round((settings.Duration * (FreezeTo - FreezeFrom)).TotalSeconds)));
                }
                else if (freezeStarted && !freezeOver && progress >= FreezeTo && await FreezeHoldsAsync(simulator, store, ct))
                {
                    freezeOver = true;
                    simulator.Behaviour.FreezeUntil = null;
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

            var waited = TimeProvider.System.GetTimestamp();
            while (freezeStarted && !freezeOver && !await FreezeHoldsAsync(simulator, store, ct) && TimeProvider.System.GetElapsedTime(waited) < DrainLimit)
            {
                await Task.Delay(Tick, ct);
            }
        }
        finally
        {
            simulator.Behaviour.OutageUntil = null;
            simulator.Behaviour.FreezeUntil = null;
        }
    }

    /// <summary>
    /// Whether the release freeze has held something to release: the hub answered IB103 at least once (the gateway has
    /// learned the freeze), and besides the delivery that will be the probe at least one more hub delivery waits.
    /// </summary>
    private static async Task<bool> FreezeHoldsAsync(HubSimulatorHandle simulator, IMessageStore store, CancellationToken ct) =>
        simulator.Traffic.Received.Any(r => r.Answer == "Fo01 IB103")
        && (await store.ListDeliveriesAsync(new DeliveryQuery(DeliveryState.Pending, DeliveryDestination.Hub, Limit: 2), ct)).Count >= 2;

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

    /// <summary>Where the console is and a sign-in to use: the first operator's key, and a back office's.</summary>
    private static void WriteConsoleSignIn(CliContext context, IServiceProvider services, Uri gatewayUrl)
    {
        var operators = services.GetRequiredService<IOptions<OperatorsOptions>>().Value.Accounts;
        var gemeenten = services.GetRequiredService<IOptions<RegionOptions>>().Value.Gemeenten;
        if (operators.FirstOrDefault() is { } account && gemeenten.FirstOrDefault(g => g.BackOffice.ApiKey is { Length: > 0 }) is { } backOffice)
        {
            context.Out.WriteLine(TextCatalogue.Say(context.Texts.DemoConsole, gatewayUrl, account.ApiKey, backOffice.Code, backOffice.BackOffice.ApiKey));
        }
    }
}
