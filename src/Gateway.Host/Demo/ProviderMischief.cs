using System.Text;
using System.Text.RegularExpressions;
using Gateway.HubSimulator;
using Gateway.HubSimulator.Hub;
using Gateway.HubSimulator.Provider;
using Gateway.Messages.Envelopes.Ggk;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Host.Demo;

/// <summary>
/// The provider messages that go wrong in real life — unreadable (level 1), a broken rule (level 2), a resend, a tariff
/// that is not the contract's (TR418), a request for a taakgericht product (CT03) — and one that looks wrong but is
/// agreed: a taakgericht start without ToewijzingNummer. And two forged senders, which the sender map refuses.
/// </summary>
internal static partial class ProviderMischief
{
    /// <summary>The envelope zender of <see cref="SendForgedZenderAsync"/>: an organisation the sender map does not know.</summary>
    public const string MadeUpZender = "99999999";

    /// <summary>A valid 315 of a known provider in an envelope whose zender is made up: refused with an Fo03, nothing routed.</summary>
    public static Task<SentMessage> SendForgedZenderAsync(HubSimulatorHandle simulator, Random random, CancellationToken ct)
    {
        var bericht = Verzoek(simulator, random, out _);
        return simulator.Provider.SendEnvelopeAsync(Envelope(bericht, BerichtWriter.ToBytes(bericht), TimeProvider.System, MadeUpZender), ct);
    }

    /// <summary>
    /// A valid 315 whose Afzender is another provider's AGB, in a known provider's own envelope: acknowledged (Bv03),
    /// then refused with an Fo01 naming both, stored as refused and never routed.
    /// </summary>
    public static Task<SentMessage> SendForgedAfzenderAsync(HubSimulatorHandle simulator, Random random, CancellationToken ct)
    {
        var bericht = Verzoek(simulator, random, out var other);
        return simulator.Provider.SendEnvelopeAsync(Envelope(bericht, BerichtWriter.ToBytes(bericht), TimeProvider.System, other), ct);
    }

    /// <summary>A 305 cut in half: not well-formed, so level 1 refuses it (Fo01 StUF055, no retour).</summary>
    public static Task<SentMessage> SendUnreadableAsync(HubSimulatorHandle simulator, Random random, CancellationToken ct)
    {
        var bericht = Start(simulator, random);
        var bytes = BerichtWriter.ToBytes(bericht);
        return SendAsync(simulator, bericht, bytes[..(bytes.Length / 2)], ct);
    }

    /// <summary>A 305 whose client was born in 1890 (TR002): level 2 rejects it with a retour carrying 0001.</summary>
    public static Task<SentMessage> SendRuleBreakAsync(HubSimulatorHandle simulator, Random random, CancellationToken ct)
    {
        var bericht = Start(simulator, random);
        var text = Geboortedatum().Replace(Encoding.UTF8.GetString(BerichtWriter.ToBytes(bericht)), m => m.Groups[1].Value + "1890-01-01", 1);
        return SendAsync(simulator, bericht, Encoding.UTF8.GetBytes(text), ct);
    }

    /// <summary>A valid 305 for a received toewijzing, in an envelope, so it can be sent again (a resend); null when no toewijzing waits for its start.</summary>
    public static GgkEnvelope? ValidStart(HubSimulatorHandle simulator, TimeProvider time) =>
        simulator.Provider.TryBuild(MessageCode.Start) is { } bericht ? Envelope(bericht, BerichtWriter.ToBytes(bericht), time) : null;

    /// <summary>A 323 for received toewijzingen at one euro per unit above the contract tariff: the 325 rejects it with 0611 (TR418).</summary>
    public static Task<SentMessage?> SendOffTariffAsync(HubSimulatorHandle simulator, DemoContracts contracts, CancellationToken ct) =>
        SendIfAnyAsync(simulator, simulator.Provider.TryBuild(MessageCode.Declaratie, (t, day) => contracts.Tarief(t, day) + 100), ct);

    /// <summary>A 315 asking a client-level toewijzing of a taakgericht product: rejected with S329 (CT03).</summary>
    public static Task<SentMessage?> SendTaakgerichtVerzoekAsync(HubSimulatorHandle simulator, DemoContracts contracts, CancellationToken ct) =>
        SendForTaakgerichtAsync(simulator, contracts, simulator.Provider.Messages.VerzoekOmToewijzing, ct);

    /// <summary>A 305 without ToewijzingNummer for the taakgericht product whose contract agrees start/stop: accepted (TR019's exception).</summary>
    public static Task<SentMessage?> SendTaakgerichtStartAsync(HubSimulatorHandle simulator, DemoContracts contracts, CancellationToken ct) =>
        SendForTaakgerichtAsync(simulator, contracts, simulator.Provider.Messages.StartZonderToewijzing, ct);

    /// <summary>Builds a message for a fresh iJw client, the provider and the product of the region's taakgericht contract.</summary>
    private static Task<SentMessage?> SendForTaakgerichtAsync(HubSimulatorHandle simulator, DemoContracts contracts, Func<SampleClient, string, Product, Bericht> build, CancellationToken ct) =>
        SendIfAnyAsync(
            simulator,
            contracts.Taakgericht(Standard.Ijw) is { } taak && simulator.Provider.ClaimClient(Standard.Ijw) is { } client ? build(client, taak.Agb, taak.Product) : null,
            ct);

    private static async Task<SentMessage?> SendIfAnyAsync(HubSimulatorHandle simulator, Bericht? bericht, CancellationToken ct) =>
        bericht is null ? null : await simulator.Provider.SendBerichtAsync(bericht, ct);

    /// <summary>A 315 for a random client and provider; <paramref name="other"/> is the AGB of a different provider of the region.</summary>
    private static Bericht Verzoek(HubSimulatorHandle simulator, Random random, out string other)
    {
        var region = simulator.Provider.Region;
        var index = random.Next(region.Aanbieders.Count);
        other = region.Aanbieders[(index + 1) % region.Aanbieders.Count].Agb;
        return simulator.Provider.Messages.VerzoekOmToewijzing(region.Clients[random.Next(region.Clients.Count)], region.Aanbieders[index].Agb);
    }

    private static Bericht305 Start(HubSimulatorHandle simulator, Random random)
    {
        var region = simulator.Provider.Region;
        var client = region.Clients[random.Next(region.Clients.Count)];
        var agb = region.Aanbieders[random.Next(region.Aanbieders.Count)].Agb;
        var factory = simulator.Provider.Messages;
        return factory.Start(factory.MadeUpToewijzing(client, agb, random.NextInt64(100_000_000, 999_999_999)));
    }

    private static Task<SentMessage> SendAsync(HubSimulatorHandle simulator, Bericht bericht, byte[] payload, CancellationToken ct) =>
        simulator.Provider.SendEnvelopeAsync(Envelope(bericht, payload, TimeProvider.System), ct);

    private static GgkEnvelope Envelope(Bericht bericht, byte[] payload, TimeProvider time, string? zender = null) =>
        GgkEnvelope.Create(bericht.Standard, bericht.Code, payload, new GgkParty(zender ?? bericht.Header.Afzender, "ZorgSim"), bericht.Header.Ontvanger, time.GetUtcNow());

    [GeneratedRegex(@"(<[A-Za-z0-9]+:Geboortedatum>\s*<[A-Za-z0-9]+:Datum>)[^<]+")]
    private static partial Regex Geboortedatum();
}
