using Gateway.Host.Demo;
using Gateway.HubSimulator;
using Gateway.HubSimulator.Provider;
using Gateway.Messages.Envelopes.Ggk;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Host.Tests.Support;

/// <summary>Throwaway messages of the sample region for one gemeente.</summary>
internal static class Some
{
    private static long _nummer = 700_000_000;
    private static long _client;
    private static readonly Lazy<BackOfficeMessages> Documents = new(() => new BackOfficeMessages(RepoPaths.Sample(), TimeProvider.System));

    public static SampleClient Client(HubSimulatorHandle simulator, string gemeentecode, Standard? standard = null) =>
        simulator.Provider.Region.Clients.First(c => c.Gemeente == gemeentecode && (standard is null || c.Standard == standard));

    /// <summary>Another client of the gemeente on each call (round the list), so coherent sequences never share a client.</summary>
    public static SampleClient NextClient(HubSimulatorHandle simulator, string gemeentecode, Standard? standard = null)
    {
        var clients = simulator.Provider.Region.Clients.Where(c => c.Gemeente == gemeentecode && (standard is null || c.Standard == standard)).ToList();
        return clients[(int)(Interlocked.Increment(ref _client) % clients.Count)];
    }

    public static string Agb(HubSimulatorHandle simulator) => simulator.Provider.Region.Aanbieders[0].Agb;

    public static KnownToewijzing Toewijzing(HubSimulatorHandle simulator, string gemeentecode, SampleClient? client = null) =>
        simulator.Provider.Messages.MadeUpToewijzing(client ?? Client(simulator, gemeentecode), Agb(simulator), Interlocked.Increment(ref _nummer));

    public static GgkEnvelope Envelope(Bericht bericht) =>
        GgkEnvelope.Create(bericht.Standard, bericht.Code, BerichtWriter.ToBytes(bericht), new GgkParty(bericht.Header.Afzender, "ZorgSim"), bericht.Header.Ontvanger, DateTimeOffset.UtcNow);

    public static GgkEnvelope Envelope(Bericht bericht, byte[] payload) =>
        GgkEnvelope.Create(bericht.Standard, bericht.Code, payload, new GgkParty(bericht.Header.Afzender, "ZorgSim"), bericht.Header.Ontvanger, DateTimeOffset.UtcNow);

    /// <summary>One instance for the test run: its identificaties and ToewijzingNummers never repeat (two made in the same second would).</summary>
    public static BackOfficeMessages BackOfficeDocuments() => Documents.Value;
}
