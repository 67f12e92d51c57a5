using System.Globalization;
using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Contracts;
using Gateway.Routing.Declaraties;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Store;
using Gateway.Routing.Tests.Ledger;
using Gateway.Routing.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Routing.Tests.Declaraties;

/// <summary>
/// A gateway with the SQLite ledger, a test contract register (the Traffic provider's product at 60.00 an hour, one
/// ceiling of 1000.00 on the lot "ambulant" with thresholds 80 and 100 on it) and a 325 policy; each prestatie of 8 hours grants 480.00.
/// </summary>
internal sealed class CeilingRegion : IAsyncDisposable
{
    public const string CeilingId = "PL-TEST-2026";
    public const long Bedrag = 100_000;
    public const long PerPrestatie = 8 * 6000;

    /// <summary>One client per toewijzing: two toewijzingen of one product for one client would overlap (TR302).</summary>
    private static readonly string[] Clients = ["999990032", "999990044", "999990056", "999990068", "999990081", "999990093"];

    private readonly string _directory;

    private CeilingRegion(TestGateway gateway, Traffic traffic, string directory)
    {
        Gateway = gateway;
        Traffic = traffic;
        _directory = directory;
    }

    public TestGateway Gateway { get; }

    public Traffic Traffic { get; }

    public HeldAnswers Held => Gateway.Services.GetRequiredService<HeldAnswers>();

    public IDeclaratieAntwoordStore Store => Gateway.Services.GetRequiredService<IDeclaratieAntwoordStore>();

    public static async Task<CeilingRegion> StartAsync(CeilingPolicy beleid, AntwoordBeleid antwoord, Standard standard = Standard.Ijw)
    {
        var directory = Path.Combine(Path.GetTempPath(), "gateway-ceiling-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var contracts = Path.Combine(directory, "contracts.json");
        await File.WriteAllTextAsync(contracts, ContractsJson(beleid));
        var gateway = await TestGateway.StartAsync(
            ledger: true,
            contracts: new ContractsOptions { ContractsFile = contracts, CheckInterval = TimeSpan.Zero },
            declaraties: new DeclaratieAntwoordOptions { Antwoord = antwoord });
        var region = new CeilingRegion(gateway, new Traffic(gateway, standard), directory);
        for (var n = 1; n <= Clients.Length; n++)
        {
            await region.Traffic.SentAsync(region.Traffic.Bericht301(Clients[n - 1], region.Traffic.Toewijzing(5000 + n)));
        }

        return region;
    }

    /// <summary>A region whose ceiling is at 96 % (debits 1 and 2 granted, so the 80 % threshold is reached): debit 3 takes it over 100 %.</summary>
    public static async Task<CeilingRegion> StartAt96PercentAsync(CeilingPolicy beleid, AntwoordBeleid antwoord)
    {
        var region = await StartAsync(beleid, antwoord);
        await region.Traffic.GrantedAsync(region.Declaratie(region.Debit(1), region.Debit(2)));
        return region;
    }

    /// <summary>A 323 with the prestaties under the clients of their toewijzingen (toewijzing 500n is client n's).</summary>
    public Bericht323 Declaratie(params Prestatie[] prestaties)
    {
        var bericht = Traffic.Bericht323(prestaties);
        var clienten = prestaties
            .GroupBy(p => Clients[(int)(p.ToewijzingNummer - 5001)])
            .Select(g => new DeclaratieClient { Bsn = g.Key, Prestaties = [.. g] })
            .ToList();
        return bericht with { Declaratie = bericht.Declaratie with { Clienten = clienten } };
    }

    /// <summary>A debit of 8 hours in October on toewijzing 500n.</summary>
    public Prestatie Debit(int n) => Traffic.Prestatie($"P-{n}", 5000 + n);

    /// <summary>The credit of <see cref="Debit"/> n.</summary>
    public Prestatie Credit(int n) => Traffic.Prestatie($"C-{n}", 5000 + n, dc: "C", vorig: $"P-{n}");

    public async Task<long> UsedAsync() =>
        (await Store.ListCeilingUsageAsync()).SingleOrDefault(u => u.CeilingId == CeilingId)?.Used ?? 0;

    public async Task<IReadOnlyList<int>> ThresholdsAsync() =>
        (await Store.ListCeilingUsageAsync()).SingleOrDefault(u => u.CeilingId == CeilingId)?.ThresholdsReached ?? [];

    /// <summary>How many CeilingThresholdReached events the store wrote in all.</summary>
    public async Task<long> SignalsAsync() =>
        (await Gateway.Store.GetCountersAsync()).EventsByType.GetValueOrDefault(MessageEventTypes.CeilingThresholdReached);

    /// <summary>Receives a 323; returns the receipt and the stored answer message.</summary>
    public async Task<(InboundReceipt Receipt, StoredMessage Answer)> DeclareAsync(params Prestatie[] prestaties)
    {
        var receipt = await Gateway.ReceiveAsync(BerichtWriter.ToBytes(Declaratie(prestaties)));
        Assert.True(receipt.AnswerMessageId is not null, receipt.Disposition.ToString());
        return (receipt, (await Gateway.Store.GetMessageAsync(receipt.AnswerMessageId!.Value))!);
    }

    /// <summary>True when a delivery of the message to the hub was ever queued.</summary>
    public async Task<bool> QueuedToHubAsync(long messageId) =>
        (await Gateway.DeliveriesAsync(destination: DeliveryDestination.Hub)).Any(d => d.MessageId == messageId);

    /// <summary>The back office's own 325 for a 323: rejects the prestaties at <paramref name="rejectPaths"/> with 9321.</summary>
    public async Task<OutboundReceipt> SubmitOwn325Async(long heldAnswerId, Bericht323 declaratie, params string[] rejectPaths)
    {
        var held = (Bericht325)BerichtReader.Read((await Gateway.Store.ReadPayloadAsync(heldAnswerId))!);
        var outcome = MessageOutcome.RejectedClasses(rejectPaths.Select(p => new ClassRejection(p, "9321")));
        var own = new DeclaratieAntwoordBuilder(Gateway.Time, new ClockIdentificatieGenerator(Gateway.Time)).Build(declaratie, outcome, held.Header.XsdVersie);
        own = own with { Header = own.Header with { BerichtIdentificatie = new BerichtIdentificatie("BO325-" + heldAnswerId.ToString(CultureInfo.InvariantCulture), Traffic.Dagtekening) } };
        return await Gateway.Outbound.SubmitAsync(new OutboundSubmission(BerichtWriter.ToBytes(own), Traffic.Gemeente, "test back office"));
    }

    public async ValueTask DisposeAsync()
    {
        await Gateway.DisposeAsync();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the temp cleaner.
        }
    }

    private static string ContractsJson(CeilingPolicy beleid) => $$"""
        {
          "contracten": [
            {
              "id": "JW-TEST-1", "standaard": "ijw", "gemeenten": ["0344"], "aanbieder": "41101234", "perceel": "ambulant",
              "product": { "categorie": "45", "code": "45A48" }, "geldig": { "van": "2026-01-01", "tot": "2027-12-31" },
              "variant": "inspanningsgericht", "eenheid": "04", "tarief": { "perJaar": { "2026": 6000, "2027": 6000 } }
            },
            {
              "id": "WMO-TEST-1", "standaard": "iwmo", "gemeenten": ["0344"], "aanbieder": "41101234", "perceel": "ambulant",
              "product": { "categorie": "02", "code": "02A01" }, "geldig": { "van": "2026-01-01", "tot": "2027-12-31" },
              "variant": "inspanningsgericht", "eenheid": "04", "tarief": { "perJaar": { "2026": 6000, "2027": 6000 } }
            },
            {
              "id": "JW-TEST-2", "standaard": "ijw", "gemeenten": ["0344"], "aanbieder": "41101234", "perceel": "ggz",
              "product": { "categorie": "54", "code": "54002" }, "geldig": { "van": "2026-01-01", "tot": "2027-12-31" },
              "variant": "inspanningsgericht", "eenheid": "04", "tarief": { "perJaar": { "2026": 6000, "2027": 6000 } }
            },
            {
              "id": "WMO-TEST-2", "standaard": "iwmo", "gemeenten": ["0344"], "aanbieder": "41101234", "perceel": "huishouden",
              "product": { "categorie": "01", "code": "01A03" }, "geldig": { "van": "2026-01-01", "tot": "2027-12-31" },
              "variant": "inspanningsgericht", "eenheid": "04", "tarief": { "perJaar": { "2026": 6000, "2027": 6000 } }
            }
          ],
          "plafonds": [
            {
              "id": "{{CeilingId}}", "jaar": 2026, "aanbieder": "41101234", "perceel": "ambulant", "gemeenten": ["0344"],
              "bedrag": {{Bedrag}}, "drempels": [80, 100], "beleid": "{{beleid.ToString().ToLowerInvariant()}}"
            }
          ]
        }
        """;
}
