using System.Net;
using Gateway.Host.Demo;
using Gateway.HubSimulator;
using Gateway.HubSimulator.Provider;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Host.Tests.Support;

/// <summary>
/// Coherent traffic for a gateway with its ledger on: a back office allocates first (a 301 over the back-office API,
/// applied to the ledger when it is queued), then the provider starts, stops, asks and declares for those toewijzingen
/// at the contract's tariff.
/// </summary>
internal static class Allocations
{
    private static readonly Lazy<DemoContracts> Contracts = new(() => DemoContracts.Load(RepoPaths.Sample()));

    /// <summary>The toewijzingen of a 301 the gemeente's back office submits for a client of the standard (two products each).</summary>
    public static async Task<IReadOnlyList<KnownToewijzing>> AllocateAsync(RunningGateway gateway, string gemeentecode, Standard standard = Standard.Ijw, SampleClient? client = null)
    {
        client ??= Some.NextClient(gateway.Simulator, gemeentecode, standard);
        var agb = Some.Agb(gateway.Simulator);
        var document = Some.BackOfficeDocuments().Toewijzing(gemeentecode, agb, client.Bsn, standard);
        using var response = await gateway.SubmitAsync(gemeentecode, document);
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"The 301 for {gemeentecode} was not queued: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        var toewijzing = (Bericht301)BerichtReader.Read(document);
        return [.. toewijzing.Client.ToegewezenProducten.Select(p => new KnownToewijzing(standard, gemeentecode, agb, client, p.ToewijzingNummer, p.Product!, p.Ingangsdatum, p.Einddatum, p.Omvang))];
    }

    /// <summary>A heen-bericht of this type that the ledger accepts: allocated first (and started first, for a stop).</summary>
    public static async Task<Bericht> CoherentAsync(RunningGateway gateway, MessageCode code, string gemeentecode)
    {
        var simulator = gateway.Simulator;
        var factory = simulator.Provider.Messages;
        if (code == MessageCode.VerzoekOmToewijzing)
        {
            return factory.VerzoekOmToewijzing(Some.NextClient(simulator, gemeentecode), Some.Agb(simulator));
        }

        var toewijzingen = await AllocateAsync(gateway, gemeentecode);
        var first = toewijzingen[0];
        switch (code)
        {
            case MessageCode.Start:
                return factory.Start(first);
            case MessageCode.Stop:
                await SendAcceptedAsync(simulator, factory.Start(first));
                return factory.Stop(first);
            case MessageCode.VerzoekOmWijziging:
                return factory.VerzoekOmWijziging(first, [.. toewijzingen.Skip(1)]);
            case MessageCode.Declaratie:
                return factory.Declaratie(toewijzingen, new Random(1), factory.LastMonth, Contracts.Value.Tarief);
            default:
                throw new ArgumentOutOfRangeException(nameof(code), code, "providers send 305, 307, 315, 317 and 323");
        }
    }

    private static async Task SendAcceptedAsync(HubSimulatorHandle simulator, Bericht bericht)
    {
        var sent = await simulator.Provider.SendBerichtAsync(bericht);
        if (sent.Reply != "Bv03")
        {
            throw new InvalidOperationException($"The {(int)bericht.Code} was not acknowledged: {sent.Reply}");
        }
    }
}
