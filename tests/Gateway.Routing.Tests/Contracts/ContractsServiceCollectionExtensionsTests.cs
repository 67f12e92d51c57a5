using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Gateway.Messages.Validation;
using Gateway.Routing.Contracts;
using Gateway.Routing.Figures;
using Gateway.Routing.Ledger;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Reference;
using Gateway.Routing.Region;
using Gateway.Routing.Store;
using Gateway.Routing.Tests.Support;
using Gateway.Storage;
using Gateway.Storage.Ledger;
using Gateway.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Routing.Tests.Contracts;

public sealed class ContractsServiceCollectionExtensionsTests : IDisposable
{
    private readonly RegionFiles _region = new();

    public void Dispose() => _region.Dispose();

    [Fact]
    public void AddGatewayContracts_NoFiles_OnlyTR135SoAGatewayWithoutRegionDataBehavesAsBefore()
    {
        using var provider = Contracts(new ContractsOptions());

        Assert.Equal(["TR135"], provider.GetServices<ICrossMessageRule>().Select(r => r.Code));
        Assert.Empty(provider.GetRequiredService<ContractsStatus>().Sources);
    }

    [Fact]
    public void AddGatewayContracts_SampleRegion_EveryLevel4RuleAndBothSources()
    {
        using var provider = Contracts(Options());

        var rules = provider.GetServices<ICrossMessageRule>().ToList();
        Assert.Equal(["TR135", "TR378", "TR381", "TR418", "CT01", "CT02", "CT03"], rules.Select(r => r.Code.Split(' ')[0]));
        Assert.All(rules, r => Assert.Equal(4, r.Level));
        Assert.Equal(2, provider.GetRequiredService<ContractsStatus>().Sources.Count);
    }

    [Fact]
    public void AddGatewayContracts_WithARegister_TheRegisterAnswersTheStartStopAndVariantQuestions()
    {
        using var provider = Contracts(Options());

        Assert.IsType<ContractStartStopAgreement>(provider.GetRequiredService<IStartStopAgreement>());
        Assert.IsType<ContractFundingVariantSource>(provider.GetRequiredService<IFundingVariantSource>());
    }

    [Fact]
    public void AddGatewayContracts_WithoutARegister_NamedNullObjectsAnswer()
    {
        using var provider = Contracts(new ContractsOptions());

        Assert.IsType<NoStartStopAgreement>(provider.GetRequiredService<IStartStopAgreement>());
        Assert.IsType<UnitFundingVariantSource>(provider.GetRequiredService<IFundingVariantSource>());
        var register = provider.GetRequiredService<ReloadingSource<ContractRegister>>().Current;
        Assert.Same(NoContracts.Register, register);
        Assert.Empty(register.Ceilings);
    }

    [Theory]
    [InlineData(false, "onbekend")]
    [InlineData(true, "inspanningsgericht")]
    public async Task AddGatewayContracts_FigureReports_ResolvableOverTheStoresSourceWithOrWithoutRegionFiles(bool withFiles, string variant)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 5, 20, 10, 0, 0, TimeSpan.Zero)));
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton(new RegionRoutes { Gemeenten = [new GemeenteRoute { Code = "0344", BackOffice = new BackOfficeRoute { Endpoint = new Uri("http://127.0.0.1:1/utrecht") } }] });

        // The register follows the municipal mergers, which need the region's routing table (AddGatewayRouting adds it).
        services.AddSingleton(sp => new RoutingTable(sp.GetRequiredService<RegionRoutes>()));
        var source = new InMemoryFigureSource();
        source.Prestaties.Add(SomeFacts.Prestatie(1, "c1", new DateOnly(2026, 3, 1), 2, 19700, aanbieder: "41101234"));
        services.AddSingleton<IFigureSource>(source);
        using var provider = services.AddGatewayContracts(withFiles ? Options() : new ContractsOptions()).BuildServiceProvider();

        var table = await provider.GetRequiredService<FigureReports>().BuildAsync(FigureKind.Declaraties, new(new(2026, 3), new(2026, 3), [], []));

        Assert.Equal(variant, table.Rows.Single().Values[5]);
        if (!withFiles)
        {
            Assert.Same(NoReferenceData.Data, provider.GetRequiredService<ReloadingSource<ReferenceData>>().Current);
        }
    }

    [Fact]
    public void Validate_MissingContractsFile_TellsTheOperatorWhatToFix()
    {
        var result = new ContractsOptionsValidator().Validate(null, new ContractsOptions { ContractsFile = "/nope/contracts.json" });

        Assert.Contains(result.Failures!, f => f.StartsWith("Gateway:Contracts:ContractsFile '/nope/contracts.json' does not exist", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pipeline_TaakgerichtStartWithoutToewijzingNummer_AcceptedWhenAgreed_9019WhenNot()
    {
        await using var host = await Host.StartAsync(Options());

        var agreed = await host.ReceiveAsync(StartWithoutNummer("45U01", "S2342609051"));
        var notTaakgericht = await host.ReceiveAsync(StartWithoutNummer("45A48", "S2342609052"));

        Assert.Equal(InboundDisposition.Accepted, agreed.Disposition);
        Assert.Equal(InboundDisposition.Rejected, notTaakgericht.Disposition);
        var codes = Messages.CodesByPath((await host.Store.ReadPayloadAsync(notTaakgericht.AnswerMessageId!.Value))!);
        Assert.Equal(["9019"], codes["/Bericht/Client/StartProducten/StartProduct[1]"]);
    }

    [Fact]
    public async Task Pipeline_AgreementWithdrawnInTheRegister_NextStartRefused()
    {
        await using var host = await Host.StartAsync(Options());
        Assert.Equal(InboundDisposition.Accepted, (await host.ReceiveAsync(StartWithoutNummer("45U01", "S2342609061"))).Disposition);

        RegionFiles.Rewrite(_region.ContractsFile, json => json.Replace("\"startStopAfgesproken\": true", "\"startStopAfgesproken\": false", StringComparison.Ordinal));

        Assert.Equal(InboundDisposition.Rejected, (await host.ReceiveAsync(StartWithoutNummer("45U01", "S2342609062"))).Disposition);
    }

    private static ServiceProvider Contracts(ContractsOptions options)
    {
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton(RegionFiles.TestRegion);
        return services.AddGatewayContracts(options).BuildServiceProvider();
    }

    private ContractsOptions Options() => new() { ReferencePath = _region.ReferencePath, ContractsFile = _region.ContractsFile, CheckInterval = TimeSpan.Zero };

    /// <summary>The sample 305 reduced to one StartProduct without ToewijzingNummer (taakgericht regie).</summary>
    private static byte[] StartWithoutNummer(string code, string identificatie)
    {
        var text = Encoding.UTF8.GetString(RepoPaths.SampleBytes("ijw/jw305-start.xml"));
        text = text.Replace("<ijw:Identificatie>S2342609041<", $"<ijw:Identificatie>{identificatie}<", StringComparison.Ordinal);
        text = text.Replace("<jw305:ToewijzingNummer>20260001</jw305:ToewijzingNummer>", "", StringComparison.Ordinal);
        text = text.Replace("<ijw:Code>45A48</ijw:Code>", $"<ijw:Code>{code}</ijw:Code>", StringComparison.Ordinal);
        text = Regex.Replace(text, @"<jw305:ToewijzingIngangsdatum>2026-09-01</jw305:ToewijzingIngangsdatum>\s*<jw305:Begindatum>2026-09-03", "<jw305:Begindatum>2026-09-03");
        text = Regex.Replace(text, @"\s*<jw305:StartProduct>\s*<jw305:ToewijzingNummer>20260002</jw305:ToewijzingNummer>.*?</jw305:StartProduct>", "", RegexOptions.Singleline);
        return Encoding.UTF8.GetBytes(text);
    }

    /// <summary>The routing services with the SQLite store and ledger and AddGatewayContracts, as the host composes them.</summary>
    private sealed class Host(ServiceProvider services, string directory) : IAsyncDisposable
    {
        public IMessageStore Store => services.GetRequiredService<IMessageStore>();

        public static async Task<Host> StartAsync(ContractsOptions contracts)
        {
            var directory = Path.Combine(Path.GetTempPath(), "gateway-contracts-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(directory);
            var time = new FakeTimeProvider(TestGateway.Start);
            var services = new ServiceCollection();
            services.AddSingleton<TimeProvider>(time);
            services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
            TestGateway.AddStore(services, directory, time, ledger: true);
            services.AddSingleton<Gateway.Routing.Delivery.IDeliveryTransport>(new AlwaysDeliversTransport());
            services.AddGatewayRouting(new GatewayRoutingOptions
            {
                Region = new RegionRoutes { Gemeenten = [new GemeenteRoute { Code = "0344", Name = "Utrecht", BackOffice = new BackOfficeRoute { Endpoint = new Uri("http://127.0.0.1:1/utrecht") } }] },
                Messages = new MessagesOptions { SchemaRoot = RepoPaths.Schemas },
                Contracts = contracts,
            });
            var provider = services.BuildServiceProvider();
            await provider.GetRequiredService<IMessageStore>().MigrateAsync();
            return new Host(provider, directory);
        }

        public Task<InboundReceipt> ReceiveAsync(byte[] payload) =>
            services.GetRequiredService<InboundProcessor>().ProcessAsync(new InboundMessage(payload, new EnvelopeReference("hub", Guid.NewGuid().ToString())));

        public async ValueTask DisposeAsync()
        {
            await services.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
                // Left for the temp cleaner.
            }
        }
    }
}
