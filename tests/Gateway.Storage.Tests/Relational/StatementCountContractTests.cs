using System.Globalization;
using Gateway.Messages.Validation;
using Gateway.Routing;
using Gateway.Routing.Contracts;
using Gateway.Routing.Delivery;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Region;
using Gateway.Routing.Retry;
using Gateway.Storage.Relational;
using Gateway.Storage.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace Gateway.Storage.Tests.Relational;

/// <summary>
/// What one message costs the store, run on every database: the real pipeline with the ledger takes the iJw samples in
/// the order of their story (a back office's 301, then the provider's 305, 307, 323, 315 and 317 from the hub), and the
/// store's <see cref="StatementCount"/> says how many statements and commands (PostgreSQL: round trips) each one took,
/// every connection of the store counted (the checks' reads as well as the commit's unit of work). The bounds are the
/// counts measured when the statements were last cut ("before": the counts of the first measurement, commit edbadcb): a
/// change that adds a statement to a message fails here. The sample 323 declares prestaties the sample 301 did not
/// allocate, so its count is that of a 323 the ledger rejects (8017, 9338) after judging every prestatie.
/// </summary>
public abstract class StatementCountContractTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 8, 26, 9, 0, 0, TimeSpan.Zero));
    private TestDatabase _database = null!;
    private ServiceProvider _services = null!;

    /// <summary>The most statements and commands each kind may cost on this database.</summary>
    private protected abstract IReadOnlyDictionary<string, (int Statements, int Commands)> Bounds { get; }

    private protected abstract Task<TestDatabase> CreateDatabaseAsync();

    private RelationalMessageStore Store => _services.GetRequiredService<RelationalMessageStore>();

    [Fact]
    public async Task EveryKind_PipelineWithLedger_NoMoreStatementsThanPinned()
    {
        var counts = new List<(string Kind, string Outcome, long Statements, long Commands)>();
        counts.Add(await CountAsync("301", "ijw/jw301-toewijzing.xml", new DateOnly(2026, 8, 26), outbound: true));
        counts.Add(await CountAsync("305", "ijw/jw305-start.xml", new DateOnly(2026, 9, 4)));
        counts.Add(await CountAsync("307", "ijw/jw307-stop.xml", new DateOnly(2026, 11, 2)));
        counts.Add(await CountAsync("323", "ijw/jw323-declaratie.xml", new DateOnly(2026, 11, 3)));
        counts.Add(await CountAsync("315", "ijw/jw315-verzoek-om-toewijzing.xml", new DateOnly(2026, 11, 5)));
        counts.Add(await CountAsync("317", "ijw/jw317-verzoek-om-wijziging.xml", new DateOnly(2026, 11, 16)));

        output.WriteLine(Store.GetType().Name + ": kind | outcome | statements | commands");
        foreach (var (kind, outcome, statements, commands) in counts)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind} | {outcome} | {statements} | {commands}"));
        }

        Assert.All(counts, c => Assert.True(
            c.Statements <= Bounds[c.Kind].Statements && c.Commands <= Bounds[c.Kind].Commands,
            string.Create(CultureInfo.InvariantCulture, $"{c.Kind}: {c.Statements} statements in {c.Commands} commands, pinned at most {Bounds[c.Kind].Statements} in {Bounds[c.Kind].Commands}")));
    }

    public async Task InitializeAsync()
    {
        _database = await CreateDatabaseAsync();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_time);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        var options = _database.Options;
        services.AddGatewayStorage(o =>
        {
            o.Provider = options.Provider;
            o.DatabasePath = options.DatabasePath;
            o.ConnectionString = options.ConnectionString;
            o.EncryptionKey = options.EncryptionKey;
            o.BsnHashKey = options.BsnHashKey;
        });
        services.AddGatewayRouting(new GatewayRoutingOptions
        {
            Region = new RegionRoutes
            {
                Gemeenten = [new GemeenteRoute { Code = "0344", Name = "Utrecht", BackOffice = new BackOfficeRoute { Endpoint = new Uri("http://127.0.0.1:1/utrecht") } }],
            },
            Messages = new MessagesOptions { SchemaRoot = RepoPaths.Schemas },
            Retry = new RetryOptions { BaseDelay = TimeSpan.FromSeconds(10), MaxDelay = TimeSpan.FromMinutes(5), Horizon = TimeSpan.FromHours(1) },
            Delivery = new DeliveryOptions { AttemptTimeout = TimeSpan.FromSeconds(5), LeaseDuration = TimeSpan.FromMinutes(1), LeaseOwner = "test" },
            Contracts = new ContractsOptions { CheckDagtekening = false },
        });
        _services = services.BuildServiceProvider();
        await Store.MigrateAsync();

        // Warm: the schema cache and the first-use reads of the store (key generations) are not a message's cost.
        await _services.GetRequiredService<InboundProcessor>().ProcessAsync(new InboundMessage("<niets/>"u8.ToArray(), new("hub", "warm")));
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    private async Task<(string, string, long, long)> CountAsync(string kind, string sample, DateOnly day, bool outbound = false)
    {
        _time.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
        var (statements, commands) = (Store.Statements.Statements, Store.Statements.Commands);
        string outcome;
        if (outbound)
        {
            var receipt = await _services.GetRequiredService<OutboundSubmitter>().SubmitAsync(new OutboundSubmission(RepoPaths.SampleBytes(sample), "0344", "test"));
            outcome = receipt.Queued ? "queued" : "refused";
        }
        else
        {
            var receipt = await _services.GetRequiredService<InboundProcessor>().ProcessAsync(new InboundMessage(RepoPaths.SampleBytes(sample), new("hub", "ref-" + kind)));
            outcome = receipt.Disposition + (receipt.RetourCodes.Count > 0 ? " " + string.Join(",", receipt.RetourCodes) : "");
        }

        return (kind, outcome, Store.Statements.Statements - statements, Store.Statements.Commands - commands);
    }
}
