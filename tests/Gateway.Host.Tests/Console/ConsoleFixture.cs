using System.Text;
using Gateway.Host.Tests.Support;
using Gateway.Messages.Standards;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Host.Tests.Console;

/// <summary>
/// A gateway of the demo region on loopback with a real SQLite store and the traffic the console tests look at: a
/// toewijzing of 0363 with its 305 and 306, deliveries to the back office of 0599 that it refused for good (dead letters),
/// and a held 325 of 0363; then a headless chromium. Built once for the class: the gateway and the browser are slow to start.
/// </summary>
public sealed class ConsoleFixture : IAsyncLifetime
{
    // A guard against a hang on a loaded machine only; the waits end when their condition holds.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    /// <summary>The client BSNs in the sample 323 the held 325 answers.</summary>
    public static readonly string[] SampleBsns = ["999990317", "999990433", "999990391"];

    internal RunningGateway Gateway { get; private set; } = null!;

    internal ConsoleBrowser Browser { get; private set; } = null!;

    /// <summary>The ToewijzingNummer of 0363 that was started (305, answered by a 306).</summary>
    public long ToewijzingNummer { get; private set; }

    /// <summary>A message of gemeente 0599, which an operator of 0363 may not open.</summary>
    public long MessageOf0599 { get; private set; }

    /// <summary>The held 325 of 0363.</summary>
    public long HeldId { get; private set; }

    /// <summary>Another held 325 of 0363, for the back office to replace.</summary>
    public long SecondHeldId { get; private set; }

    /// <summary>Every BSN this gateway has seen: the region's clients and the sample 323's.</summary>
    public IReadOnlyCollection<string> Bsns { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Gateway = await RunningGateway.StartAsync(new()
        {
            ["Gateway:Declaraties:Antwoord"] = "HoldRejectedLines",
            ["Gateway:Contracts:ContractsFile"] = RepoPaths.Sample("region", "contracts.json"),
            ["Gateway:Contracts:CheckDagtekening"] = "false",
        });
        Bsns = [.. Gateway.Simulator.Provider.Region.Clients.Select(c => c.Bsn), .. SampleBsns];
        Gateway.Sink.Answer = r => r.Gemeentecode == "0599" ? 400 : 200;

        var toewijzingen = await Allocations.AllocateAsync(Gateway, "0363");
        ToewijzingNummer = toewijzingen[0].ToewijzingNummer;
        await SendAsync(Gateway.Simulator.Provider.Messages.Start(toewijzingen[0]));
        await SendAsync(await Allocations.CoherentAsync(Gateway, MessageCode.Start, "0599"));

        // Two 323s of 0363 whose prestaties link to no toewijzing: rejected, their 325s held (from a known provider of the region).
        HeldId = await DeclareUnknownAsync("DCL2341103", "D2026100017");
        SecondHeldId = await DeclareUnknownAsync("DCL2341104", "D2026100018");

        Assert.True(await Gateway.WaitForEmptyQueueAsync(Patience), "the traffic did not settle");
        var dead = await Gateway.Store.ListDeliveriesAsync(new DeliveryQuery(DeliveryState.DeadLettered, DeliveryDestination.BackOffice("0599")));
        Assert.NotEmpty(dead);
        MessageOf0599 = dead[0].MessageId;

        // From now on the back office of 0599 takes what it is sent: a replay delivers.
        Gateway.Sink.Answer = _ => 200;
        Browser = new ConsoleBrowser(Gateway.BaseUrl, Bsns, Path.Combine(AppContext.BaseDirectory, "screenshots"));
    }

    public async Task DisposeAsync()
    {
        Browser?.Dispose();
        if (Gateway is not null)
        {
            await Gateway.DisposeAsync();
        }
    }

    private async Task<long> DeclareUnknownAsync(string identificatie, string declaratieNummer)
    {
        var payload = Encoding.UTF8.GetBytes(File.ReadAllText(RepoPaths.Sample("iwmo", "wmo323-declaratie.xml"))
            .Replace(">98031234<", ">12345678<", StringComparison.Ordinal)
            .Replace(">DCL2341103<", $">{identificatie}<", StringComparison.Ordinal)
            .Replace(">D2026100017<", $">{declaratieNummer}<", StringComparison.Ordinal));
        var receipt = await Gateway.Services.GetRequiredService<InboundProcessor>().ProcessAsync(new InboundMessage(payload, new EnvelopeReference("hub", Guid.NewGuid().ToString())));
        return receipt.AnswerMessageId ?? throw new InvalidOperationException("the 323 got no 325");
    }

    private async Task SendAsync(Gateway.Messages.Model.Bericht bericht)
    {
        var sent = await Gateway.Simulator.Provider.SendBerichtAsync(bericht);
        Assert.Equal("Bv03", sent.Reply);
    }
}
