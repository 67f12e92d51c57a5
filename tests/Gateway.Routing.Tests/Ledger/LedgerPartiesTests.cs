using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Contracts;
using Gateway.Routing.Tests.Contracts;
using Gateway.Routing.Tests.Support;

namespace Gateway.Routing.Tests.Ledger;

/// <summary>
/// Parties compared through the merger map, over the real pipeline and SQLite with the sample reference data: a provider
/// still sends its 315 to Weesp 0457 (merged into Amsterdam 0363), and Amsterdam's back office answers it.
/// </summary>
public sealed class LedgerPartiesTests : IDisposable
{
    private static readonly DateOnly BeforeWeespMerged = new(2022, 1, 3);
    private readonly RegionFiles _region = new();

    public void Dispose() => _region.Dispose();

    [Fact]
    public async Task Outbound319_SuccessorAnswersA315SentToTheCeasedCode_PassesTheAnswerRules()
    {
        await using var gateway = await StartAsync();
        var t = new Traffic(gateway, Standard.Ijw) { GemeenteCode = "0457" };
        await t.AcceptedAsync(t.Bericht315(Traffic.Bsn, Before(t.Aangevraagd("VOT-1"))));

        t.GemeenteCode = "0363";
        await t.SentAsync(t.Bericht319("VOT-1", "2"));
    }

    [Fact]
    public async Task Outbound301_SuccessorHonoursA315SentToTheCeasedCode_PassesTR379()
    {
        await using var gateway = await StartAsync();
        var t = new Traffic(gateway, Standard.Ijw) { GemeenteCode = "0457" };
        await t.AcceptedAsync(t.Bericht315(Traffic.Bsn, Before(t.Aangevraagd("VOT-1"))));

        t.GemeenteCode = "0363";
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001, referentie: "VOT-1", ingang: BeforeWeespMerged)));
    }

    [Fact]
    public async Task Outbound319_AnotherGemeenteAnswersTheRequest_StillRefused9355()
    {
        await using var gateway = await StartAsync();
        var t = new Traffic(gateway, Standard.Ijw) { GemeenteCode = "0457" };
        await t.AcceptedAsync(t.Bericht315(Traffic.Bsn, Before(t.Aangevraagd("VOT-1"))));

        t.GemeenteCode = "0344";
        await t.RefusedAsync(t.Bericht319("VOT-1", "2"), "/Bericht/Antwoord", "9355");
    }

    /// <summary>A request for a toewijzing from before the merger day, so 0457 is still valid for it (TR378).</summary>
    private static AangevraagdProduct Before(AangevraagdProduct product) => product with { ToewijzingIngangsdatum = BeforeWeespMerged };

    private Task<TestGateway> StartAsync() =>
        TestGateway.StartAsync(ledger: true, contracts: new ContractsOptions { ReferencePath = _region.ReferencePath, CheckInterval = TimeSpan.Zero, CheckDagtekening = false });
}
