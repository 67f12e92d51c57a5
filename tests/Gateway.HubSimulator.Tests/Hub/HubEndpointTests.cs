using Gateway.HubSimulator.Hub;
using Gateway.HubSimulator.Tests.Support;
using Gateway.Messages.Envelopes.Ggk;

namespace Gateway.HubSimulator.Tests.Hub;

public class HubEndpointTests
{
    [Fact]
    public async Task Di01_Default_Bv03AndRecordedWithDecodedPayload()
    {
        await using var sim = await Simulator.StartAsync();
        var di01 = Some.Di01("<hello/>"u8.ToArray());

        var (status, reply) = await HubClient.PostAsync(sim.HubUrl, di01);

        Assert.Equal(200, status);
        var bv03 = Assert.IsType<Bv03>(reply);
        Assert.Equal(di01.Referentienummer, bv03.Stuurgegevens.CrossRefnummer);
        var received = Assert.Single(sim.Traffic.Accepted("JW301"));
        Assert.Equal("<hello/>", received.PayloadText);
        Assert.Equal(di01.Referentienummer, received.Referentienummer);
    }

    [Fact]
    public async Task SameReferentienummerTwice_SecondGetsIB216()
    {
        await using var sim = await Simulator.StartAsync();
        var di01 = Some.Di01("<a/>"u8.ToArray());

        await HubClient.PostAsync(sim.HubUrl, di01);
        var (_, reply) = await HubClient.PostAsync(sim.HubUrl, di01);

        Assert.Equal("IB216", Assert.IsType<GgkFoutbericht>(reply).Code);
        Assert.Single(sim.Traffic.Accepted("JW301"));
    }

    [Fact]
    public async Task FreezeWindow_IB103UntilItEnds()
    {
        await using var sim = await Simulator.StartAsync();
        sim.Behaviour.FreezeUntil = DateTimeOffset.UtcNow.AddMinutes(5);

        var (_, reply) = await HubClient.PostAsync(sim.HubUrl, Some.Di01("<a/>"u8.ToArray()));
        sim.Behaviour.FreezeUntil = null;
        var (_, after) = await HubClient.PostAsync(sim.HubUrl, Some.Di01("<a/>"u8.ToArray()));

        var fo01 = Assert.IsType<GgkFoutbericht>(reply);
        Assert.Equal("IB103", fo01.Code);
        Assert.Equal("JW301-00010000", fo01.Details);
        Assert.IsType<Bv03>(after);
    }

    [Fact]
    public async Task Oversize_Fo03WithIB003()
    {
        await using var sim = await Simulator.StartAsync();
        sim.Behaviour.MaxEnvelopeBytes = 10_000;

        var (status, reply) = await HubClient.PostAsync(sim.HubUrl, Some.Di01(new byte[20_000]));

        Assert.Equal(500, status);
        Assert.Equal("IB003", Assert.IsType<Fo03>(reply).Code);
    }

    [Fact]
    public async Task Outage_503UntilItEnds()
    {
        await using var sim = await Simulator.StartAsync();
        sim.Behaviour.OutageUntil = DateTimeOffset.UtcNow.AddMinutes(5);

        var (status, reply) = await HubClient.PostAsync(sim.HubUrl, Some.Di01("<a/>"u8.ToArray()));

        Assert.Equal(503, status);
        Assert.Null(reply);
        Assert.Empty(sim.Traffic.Received);
    }

    [Fact]
    public async Task ModeFo01_AnswersConfiguredCode()
    {
        await using var sim = await Simulator.StartAsync();
        sim.Behaviour.Mode = HubReplyMode.Fo01;
        sim.Behaviour.Fo01Code = "IB005";

        var (_, reply) = await HubClient.PostAsync(sim.HubUrl, Some.Di01("<a/>"u8.ToArray()));

        Assert.Equal("IB005", Assert.IsType<GgkFoutbericht>(reply).Code);
        Assert.Equal("Fo01 IB005", Assert.Single(sim.Traffic.Received).Answer);
    }

    [Fact]
    public async Task ModeFo03_SoapFault500()
    {
        await using var sim = await Simulator.StartAsync();
        sim.Behaviour.Mode = HubReplyMode.Fo03;

        var (status, reply) = await HubClient.PostAsync(sim.HubUrl, Some.Di01("<a/>"u8.ToArray()));

        Assert.Equal(500, status);
        Assert.IsType<Fo03>(reply);
    }

    [Fact]
    public async Task Fo01FromGateway_RecordedWithItsCode()
    {
        await using var sim = await Simulator.StartAsync();
        var di01 = Some.Di01("<a/>"u8.ToArray());
        var fo01 = GgkFoutbericht.About(di01, Some.Gemeente, "StUF055", "Bericht voldoet niet aan het schema", DateTimeOffset.UnixEpoch);

        var (_, reply) = await HubClient.PostAsync(sim.HubUrl, fo01);

        Assert.IsType<Bv03>(reply);
        Assert.Equal("StUF055", Assert.Single(sim.Traffic.Received).FoutCode);
    }

    [Fact]
    public async Task ControlApi_SwitchesBehaviourAtRunTime()
    {
        await using var sim = await Simulator.StartAsync();
        using var http = new HttpClient();

        using var content = new StringContent("""{"mode":"Fo01","fo01Code":"IB210","latencyMs":1}""", System.Text.Encoding.UTF8, "application/json");
        var response = await http.PostAsync(new Uri(sim.BaseUrl, "control/behaviour"), content);

        response.EnsureSuccessStatusCode();
        Assert.Equal(HubReplyMode.Fo01, sim.Behaviour.Mode);
        Assert.Equal("IB210", sim.Behaviour.Fo01Code);
        Assert.Equal(TimeSpan.FromMilliseconds(1), sim.Behaviour.Latency);
    }
}
