using Gateway.Routing.Pipeline;
using Gateway.Routing.Store;
using Gateway.Routing.Tests.Support;

namespace Gateway.Routing.Tests.Contracts.Rules;

/// <summary>
/// The level-4 rules through the real pipeline on a real SQLite file, with the sample region's reference data and
/// contract register (a private copy per test). Clock: 2026-11-10 (TestGateway.Start).
/// </summary>
public sealed class Level4RulesPipelineTests : IDisposable
{
    private const string StartProduct1 = "/Bericht/Client/StartProducten/StartProduct[1]";
    private const string ToegewezenProduct1 = "/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]";

    /// <summary>Some samples are dated after TestGateway.Start (e.g. the 317 on 2026-11-16); TR135 would rightly refuse them.</summary>
    private static readonly DateTimeOffset AfterEverySampleDagtekening = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private readonly RegionFiles _region = new();

    public void Dispose() => _region.Dispose();

    [Theory]
    [InlineData("ijw/jw305-start.xml")]
    [InlineData("ijw/jw307-stop.xml")]
    [InlineData("ijw/jw315-verzoek-om-toewijzing.xml")]
    [InlineData("ijw/jw317-verzoek-om-wijziging.xml")]
    [InlineData("ijw/jw323-declaratie.xml")]
    [InlineData("iwmo/wmo305-start.xml")]
    [InlineData("iwmo/wmo315-verzoek-om-toewijzing.xml")]
    [InlineData("iwmo/wmo323-declaratie.xml")]
    public async Task SampleRegion_ValidSamples_PassEveryLevel4Rule(string sample)
    {
        await using var gateway = await TestGateway.StartAsync(rules: _region.Rules());
        gateway.Time.SetUtcNow(AfterEverySampleDagtekening);

        var receipt = await gateway.ReceiveAsync(sample);

        Assert.Equal(InboundDisposition.Accepted, receipt.Disposition);
    }

    [Theory]
    [InlineData("ijw/jw301-toewijzing.xml", "0344")]
    [InlineData("iwmo/wmo301-toewijzing.xml", "0363")]
    [InlineData("ijw/jw319-antwoord-woonplaatsbeginsel.xml", "0344")]
    public async Task SampleRegion_ValidOutbound_Queued(string sample, string gemeente)
    {
        await using var gateway = await TestGateway.StartAsync(rules: _region.Rules());
        gateway.Time.SetUtcNow(AfterEverySampleDagtekening);

        var receipt = await gateway.Outbound.SubmitAsync(new OutboundSubmission(RepoPaths.SampleBytes(sample), gemeente, "test"));

        Assert.True(receipt.Queued, receipt.Reason);
    }

    // ---- TR135 (8848) ----

    [Fact]
    public async Task TR135_DagtekeningAfterToday_HeaderRejectedWith8848()
    {
        await using var gateway = await TestGateway.StartAsync(rules: _region.Rules());

        var receipt = await gateway.ReceiveAsync(Messages.Sample("ijw/jw305-start.xml", ("<ijw:Dagtekening>2026-09-04<", "<ijw:Dagtekening>2026-11-11<")));

        Assert.Equal(InboundDisposition.Rejected, receipt.Disposition);
        var codes = Messages.CodesByPath((await gateway.Store.ReadPayloadAsync(receipt.AnswerMessageId!.Value))!);
        Assert.Equal(["8848"], codes["/Bericht/Header"]);
    }

    [Fact]
    public async Task TR135_DagtekeningToday_Accepted()
    {
        await using var gateway = await TestGateway.StartAsync(rules: _region.Rules());

        var receipt = await gateway.ReceiveAsync(Messages.Sample("ijw/jw305-start.xml", ("<ijw:Dagtekening>2026-09-04<", "<ijw:Dagtekening>2026-11-10<")));

        Assert.Equal(InboundDisposition.Accepted, receipt.Disposition);
    }

    // ---- TR378 (S300) ----

    [Fact]
    public async Task TR378_GemeentecodeNotInTheCbsList_HeaderRejectedWithS300()
    {
        RegionFiles.Rewrite(_region.GemeentenFile, json => json.Replace("{ \"code\": \"0344\", \"naam\": \"Utrecht\" },", "", StringComparison.Ordinal));
        await using var gateway = await TestGateway.StartAsync(rules: _region.Rules());

        var receipt = await gateway.ReceiveAsync("ijw/jw305-start.xml");

        Assert.Equal(InboundDisposition.Rejected, receipt.Disposition);
        var codes = Messages.CodesByPath((await gateway.Store.ReadPayloadAsync(receipt.AnswerMessageId!.Value))!);
        Assert.Equal(["S300"], codes["/Bericht/Header"]);
    }

    [Fact]
    public async Task TR378_CodeCeasedInAMergerAfterTheToewijzingIngangsdatum_OlderListAllowed()
    {
        // In-test fiction: 0344 merges into 0363 on 2026-10-01. The 305's toewijzing started 2026-09-01, when 0344 was valid.
        MergeUtrechtOn(new DateOnly(2026, 9, 30));
        await using var gateway = await TestGateway.StartAsync(rules: _region.Rules());

        var receipt = await gateway.ReceiveAsync(Messages.Sample("ijw/jw305-start.xml", ("<ijw:Dagtekening>2026-09-04<", "<ijw:Dagtekening>2026-11-04<")));

        Assert.Equal(InboundDisposition.Accepted, receipt.Disposition);
    }

    [Fact]
    public async Task TR378_CodeCeasedBeforeTheToewijzingIngangsdatum_RefusedBeforeSending()
    {
        // In-test fiction: 0344 merged into 0363 on 2026-08-01; a 301 with Ingangsdatum 2026-09-01 may not use it.
        MergeUtrechtOn(new DateOnly(2026, 7, 31));
        await using var gateway = await TestGateway.StartAsync(rules: _region.Rules());

        var receipt = await gateway.Outbound.SubmitAsync(new OutboundSubmission(RepoPaths.SampleBytes("ijw/jw301-toewijzing.xml"), "0344", "test"));

        Assert.False(receipt.Queued);
        var issue = Assert.Single(receipt.Issues);
        Assert.Equal(("TR378", "S300", "/Bericht/Header"), (issue.Code, issue.RetourCode, issue.Path));
        Assert.Empty(await gateway.DeliveriesAsync());
    }

    [Fact]
    public async Task TR378_WoonplaatsbeginselGemeenteUnknown_ClassRejectedWithS300()
    {
        await using var gateway = await TestGateway.StartAsync(rules: _region.Rules());
        var text = System.Text.Encoding.UTF8.GetString(RepoPaths.SampleBytes("ijw/jw319-antwoord-woonplaatsbeginsel.xml"));
        gateway.Time.SetUtcNow(AfterEverySampleDagtekening);
        var gemeente = System.Text.RegularExpressions.Regex.Match(text, "<jw319:Gemeente>([0-9]{4})</jw319:Gemeente>").Groups[1].Value;

        var receipt = await gateway.Outbound.SubmitAsync(new OutboundSubmission(
            Messages.Sample("ijw/jw319-antwoord-woonplaatsbeginsel.xml", ($"<jw319:Gemeente>{gemeente}<", "<jw319:Gemeente>9998<")), "0344", "test"));

        Assert.False(receipt.Queued);
        var issue = Assert.Single(receipt.Issues);
        Assert.Equal(("TR378", "S300", "/Bericht/Antwoord/Woonplaatsbeginsel"), (issue.Code, issue.RetourCode, issue.Path));
    }

    // ---- TR381 (S329) ----

    [Fact]
    public async Task TR381_CodeUnderAnotherCategory_StartProductRejectedWithS329()
    {
        await using var gateway = await TestGateway.StartAsync(rules: _region.Rules());

        var receipt = await gateway.ReceiveAsync(Messages.Sample("ijw/jw305-start.xml", ("<ijw:Categorie>45</ijw:Categorie>", "<ijw:Categorie>54</ijw:Categorie>")));

        Assert.Equal(InboundDisposition.Rejected, receipt.Disposition);
        var codes = Messages.CodesByPath((await gateway.Store.ReadPayloadAsync(receipt.AnswerMessageId!.Value))!);
        Assert.Equal(["S329"], codes[StartProduct1]);
        Assert.DoesNotContain("S329", codes["/Bericht/Client/StartProducten/StartProduct[2]"]);
    }

    [Fact]
    public async Task TR381_OwnListOfTheContract_OwnCodeAccepted_UnknownCodeRejected()
    {
        await using var gateway = await TestGateway.StartAsync(rules: _region.Rules());

        // 45U01 is on utrecht-eigen, the list the contract JW-0344-005 names (and taakgericht with start/stop agreed).
        var own = await gateway.ReceiveAsync(Messages.Sample("ijw/jw305-start.xml", ("<ijw:Code>45A48</ijw:Code>", "<ijw:Code>45U01</ijw:Code>")));
        var unknown = await gateway.ReceiveAsync(Messages.Sample("ijw/jw305-start.xml", ("<ijw:Code>45A48</ijw:Code>", "<ijw:Code>45U77</ijw:Code>"), ("S2342609041", "S2342609049")));

        Assert.Equal(InboundDisposition.Accepted, own.Disposition);
        Assert.Equal(InboundDisposition.Rejected, unknown.Disposition);
        Assert.Equal(["S329"], Messages.CodesByPath((await gateway.Store.ReadPayloadAsync(unknown.AnswerMessageId!.Value))!)[StartProduct1]);
    }

    // ---- TR418 (0611) ----

    [Fact]
    public async Task TR418_TariffOtherThanTheContract_OnlyThatPrestatieRejectedWith0611()
    {
        await using var gateway = await TestGateway.StartAsync(rules: _region.Rules());

        var receipt = await gateway.ReceiveAsync(Messages.Sample("ijw/jw323-declaratie.xml", ("<jw323:ProductTarief>9850<", "<jw323:ProductTarief>9900<")));

        Assert.Equal(InboundDisposition.Rejected, receipt.Disposition);
        var prestaties = Messages.PrestatieCodes((await gateway.Store.ReadPayloadAsync(receipt.AnswerMessageId!.Value))!);
        Assert.Equal(["0611"], prestaties["P2026100001"]);
        Assert.DoesNotContain(prestaties.Values, codes => codes.Contains("0611") && !ReferenceEquals(codes, prestaties["P2026100001"]));
    }

    [Fact]
    public async Task TR418_ContractTariffIndexedForTheNewYear_ReloadedRegisterUsed()
    {
        await using var gateway = await TestGateway.StartAsync(rules: _region.Rules());
        Assert.Equal(InboundDisposition.Accepted, (await gateway.ReceiveAsync("ijw/jw323-declaratie.xml")).Disposition);

        // The region corrects the 2026 tariff of 45A48 while running: the same declaration is now off-contract.
        RegionFiles.Rewrite(_region.ContractsFile, json => json.Replace("\"bedrag\": 9850", "\"bedrag\": 9875", StringComparison.Ordinal));
        var again = await gateway.ReceiveAsync(Messages.Sample("ijw/jw323-declaratie.xml", ("<ijw:Identificatie>", "<ijw:Identificatie>R")));

        Assert.Equal(InboundDisposition.Rejected, again.Disposition);
        Assert.Equal(["0611"], Messages.PrestatieCodes((await gateway.Store.ReadPayloadAsync(again.AnswerMessageId!.Value))!)["P2026100001"]);
    }

    [Fact]
    public async Task TR418_ProviderWithoutContract_EveryPrestatieRejectedWith0611()
    {
        await using var gateway = await TestGateway.StartAsync(rules: _region.Rules());

        var receipt = await gateway.ReceiveAsync(Messages.Sample("iwmo/wmo323-declaratie.xml", ("<wmo323:Afzender>98031234<", "<wmo323:Afzender>98035678<")));

        Assert.Equal(InboundDisposition.Rejected, receipt.Disposition);
        var prestaties = Messages.PrestatieCodes((await gateway.Store.ReadPayloadAsync(receipt.AnswerMessageId!.Value))!);
        Assert.NotEmpty(prestaties);
        Assert.All(prestaties.Values, codes => Assert.Equal(["0611"], codes));
    }

    // ---- contract rules on outbound 301 ----

    [Fact]
    public async Task CT01_ProviderNotContractedForTheProduct_301RefusedBeforeSendingWithTheReason()
    {
        await using var gateway = await TestGateway.StartAsync(rules: _region.Rules());

        var receipt = await gateway.Outbound.SubmitAsync(new OutboundSubmission(
            Messages.Sample("ijw/jw301-toewijzing.xml", ("<jw301:Ontvanger>41101234<", "<jw301:Ontvanger>41105678<")), "0344", "test"));

        Assert.False(receipt.Queued);
        Assert.Equal(2, receipt.Issues.Count);
        Assert.All(receipt.Issues, i => Assert.Equal(("S329", 4), (i.RetourCode, i.Level)));
        Assert.Equal(ToegewezenProduct1, receipt.Issues[0].Path);
        Assert.Contains("CT01 (S329) at " + ToegewezenProduct1 + ": The product is not contracted with this provider", receipt.Reason, StringComparison.Ordinal);
        Assert.Empty(await gateway.DeliveriesAsync());
        var rejected = Assert.Single(await gateway.Store.GetTimelineAsync(receipt.MessageId), e => e.Type == MessageEventTypes.RuleRejected);
        Assert.Equal("CT01 S329", rejected.Detail);
    }

    [Fact]
    public async Task CT02_UnitThatDoesNotFitTheVariant_301RefusedBeforeSending()
    {
        await using var gateway = await TestGateway.StartAsync(rules: _region.Rules());

        // 45A48 is inspanningsgericht per uur; 82 (stuks output) does not fit.
        var receipt = await gateway.Outbound.SubmitAsync(new OutboundSubmission(
            Messages.Sample("ijw/jw301-toewijzing.xml", ("<ijw:Eenheid>04</ijw:Eenheid>", "<ijw:Eenheid>82</ijw:Eenheid>")), "0344", "test"));

        Assert.False(receipt.Queued);
        var issue = Assert.Single(receipt.Issues);
        Assert.Equal(("0611", ToegewezenProduct1), (issue.RetourCode, issue.Path));
        Assert.Equal("CT02", issue.Code);
        Assert.Contains("does not fit the contract", receipt.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CT02_MinutesAgainstAnHourlyContract_Queued()
    {
        await using var gateway = await TestGateway.StartAsync(rules: _region.Rules());

        var receipt = await gateway.Outbound.SubmitAsync(new OutboundSubmission(
            Messages.Sample("ijw/jw301-toewijzing.xml", ("<ijw:Volume>4</ijw:Volume>\n          <ijw:Eenheid>04</ijw:Eenheid>", "<ijw:Volume>240</ijw:Volume>\n          <ijw:Eenheid>01</ijw:Eenheid>")), "0344", "test"));

        Assert.True(receipt.Queued, receipt.Reason);
    }

    // ---- taakgericht: no 301/315/317/323 ----

    [Fact]
    public async Task CT03_TaakgerichtProductIn301_RefusedBeforeSending()
    {
        await using var gateway = await TestGateway.StartAsync(rules: _region.Rules());

        var receipt = await gateway.Outbound.SubmitAsync(new OutboundSubmission(
            Messages.Sample("ijw/jw301-toewijzing.xml", ("<ijw:Code>45A48</ijw:Code>", "<ijw:Code>45U01</ijw:Code>")), "0344", "test"));

        Assert.False(receipt.Queued);
        var issue = Assert.Single(receipt.Issues);
        Assert.Equal(("S329", ToegewezenProduct1), (issue.RetourCode, issue.Path));
        Assert.Contains("taakgericht", receipt.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CT03_TaakgerichtProductIn315_AangevraagdProductRejectedWithS329()
    {
        await using var gateway = await TestGateway.StartAsync(rules: _region.Rules());

        var receipt = await gateway.ReceiveAsync(Messages.Sample("ijw/jw315-verzoek-om-toewijzing.xml", ("<ijw:Code>45A48</ijw:Code>", "<ijw:Code>45U01</ijw:Code>")));

        Assert.Equal(InboundDisposition.Rejected, receipt.Disposition);
        var codes = Messages.CodesByPath((await gateway.Store.ReadPayloadAsync(receipt.AnswerMessageId!.Value))!);
        Assert.Equal(["S329"], codes["/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]"]);
    }

    [Fact]
    public async Task CT03_TaakgerichtProductIn323_PrestatieRejectedWith0611()
    {
        await using var gateway = await TestGateway.StartAsync(rules: _region.Rules());

        var receipt = await gateway.ReceiveAsync(Messages.Sample("ijw/jw323-declaratie.xml", ("<jw323:ProductCode>45A48<", "<jw323:ProductCode>45U01<")));

        Assert.Equal(InboundDisposition.Rejected, receipt.Disposition);
        var prestaties = Messages.PrestatieCodes((await gateway.Store.ReadPayloadAsync(receipt.AnswerMessageId!.Value))!);
        Assert.Equal(["0611"], prestaties["P2026100001"]);
    }

    private void MergeUtrechtOn(DateOnly lastDay) =>
        RegionFiles.Rewrite(_region.GemeentenFile, json => json.Replace(
            "{ \"code\": \"0344\", \"naam\": \"Utrecht\" }",
            $"{{ \"code\": \"0344\", \"naam\": \"Utrecht\", \"geldigTot\": \"{lastDay:yyyy-MM-dd}\", \"opvolger\": \"0363\" }}",
            StringComparison.Ordinal));
}
