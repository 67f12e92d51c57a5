using System.Text;
using System.Text.RegularExpressions;
using Gateway.HubSimulator;
using Gateway.HubSimulator.Hub;
using Gateway.Messages.Envelopes.Ggk;
using Gateway.Messages.Model;

namespace Gateway.Host.Demo;

/// <summary>The provider messages that go wrong in real life: unreadable (level 1), a broken rule (level 2), a resend.</summary>
internal static partial class ProviderMischief
{
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

    /// <summary>A valid 305 in an envelope, returned so it can be sent again (a resend by the hub or the provider).</summary>
    public static GgkEnvelope ValidStart(HubSimulatorHandle simulator, Random random, TimeProvider time)
    {
        var bericht = Start(simulator, random);
        return Envelope(bericht, BerichtWriter.ToBytes(bericht), time);
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

    private static GgkEnvelope Envelope(Bericht bericht, byte[] payload, TimeProvider time) =>
        GgkEnvelope.Create(bericht.Standard, bericht.Code, payload, new GgkParty(bericht.Header.Afzender, "ZorgSim"), bericht.Header.Ontvanger, time.GetUtcNow());

    [GeneratedRegex(@"(<[A-Za-z0-9]+:Geboortedatum>\s*<[A-Za-z0-9]+:Datum>)[^<]+")]
    private static partial Regex Geboortedatum();
}
