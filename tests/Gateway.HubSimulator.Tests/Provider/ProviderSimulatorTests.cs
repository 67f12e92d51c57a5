using Gateway.HubSimulator.Hub;
using Gateway.HubSimulator.Tests.Support;
using Gateway.Messages.Envelopes.Ggk;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.HubSimulator.Tests.Provider;

public class ProviderSimulatorTests
{
    [Fact]
    public async Task Send305_ArrivesAsDi01WithSoapActionAndPayload()
    {
        await using var gateway = await RecordingEndpoint.StartAsync();
        await using var sim = await Simulator.StartAsync(gateway.Url);

        var sent = await sim.Provider.SendAsync(MessageCode.Start);

        Assert.Equal(200, sent.HttpStatus);
        Assert.Equal("Bv03", sent.Reply);
        var (action, message) = Assert.Single(gateway.Received);
        Assert.Equal("\"" + GgkNames.Di01Action + "\"", action);
        var di01 = Assert.IsType<GgkEnvelope>(message);
        Assert.Equal(GgkBerichtcode.Di01, di01.Berichtcode);
        Assert.Matches("^(JW|WMO)305$", di01.Functie);
        var bericht = Assert.IsType<Bericht305>(BerichtReader.Read(di01.Payload.ToArray()));
        Assert.Equal(bericht.Header.Afzender, di01.Stuurgegevens.Zender.Organisatie);
        Assert.Equal(bericht.Header.Ontvanger, di01.Stuurgegevens.Ontvanger.Organisatie);
    }

    [Fact]
    public async Task Received301_AnsweredWith302Du01CrossReferenced()
    {
        await using var gateway = await RecordingEndpoint.StartAsync();
        await using var sim = await Simulator.StartAsync(gateway.Url);
        var client = sim.Provider.Region.Clients[0];
        var di01 = Some.Di01(Some.Toewijzing(client, "12345678"), DateTimeOffset.UtcNow);

        var (_, reply) = await HubClient.PostAsync(sim.HubUrl, di01);

        Assert.IsType<Bv03>(reply);
        Assert.True(await gateway.WaitForAsync(1, TimeSpan.FromSeconds(10)));
        var (action, message) = Assert.Single(gateway.Received);
        Assert.Equal("\"" + GgkNames.Du01Action + "\"", action);
        var du01 = Assert.IsType<GgkEnvelope>(message);
        Assert.Equal(GgkBerichtcode.Du01, du01.Berichtcode);
        Assert.Equal(di01.Referentienummer, du01.Stuurgegevens.CrossRefnummer);
        Assert.Equal(GgkFunctie.For(client.Standard, MessageCode.ToewijzingRetour), du01.Functie);
        var retour = Assert.IsType<Bericht302>(BerichtReader.Read(du01.Payload.ToArray()));
        Assert.Empty(retour.Header.RetourCodes);
        Assert.Equal("GEM0001", retour.Header.BerichtIdentificatie.Identificatie);
        Assert.Contains(sim.Provider.Toewijzingen, t => t.ToewijzingNummer == 1001 && t.Client.Bsn == client.Bsn);
    }

    [Fact]
    public async Task RejectFractionOne_302CarriesRejection()
    {
        await using var gateway = await RecordingEndpoint.StartAsync();
        await using var sim = await Simulator.StartAsync(gateway.Url, rejectFraction: 1);
        var di01 = Some.Di01(Some.Toewijzing(sim.Provider.Region.Clients[1], "12345678"), DateTimeOffset.UtcNow);

        await HubClient.PostAsync(sim.HubUrl, di01);

        Assert.True(await gateway.WaitForAsync(1, TimeSpan.FromSeconds(10)));
        var du01 = Assert.IsType<GgkEnvelope>(Assert.Single(gateway.Received).Message);
        var retour = Assert.IsType<Bericht302>(BerichtReader.Read(du01.Payload.ToArray()));
        Assert.Equal(["0001"], retour.Header.RetourCodes);
        Assert.Empty(sim.Provider.Toewijzingen);
    }

    [Fact]
    public async Task KnownToewijzing_UsedIn305And323()
    {
        await using var gateway = await RecordingEndpoint.StartAsync();
        await using var sim = await Simulator.StartAsync(gateway.Url);
        var client = sim.Provider.Region.Clients[2];
        await HubClient.PostAsync(sim.HubUrl, Some.Di01(Some.Toewijzing(client, "23456789", 4242), DateTimeOffset.UtcNow));
        Assert.True(await gateway.WaitForAsync(1, TimeSpan.FromSeconds(10)));

        await sim.Provider.SendAsync(MessageCode.Start);
        await sim.Provider.SendAsync(MessageCode.Declaratie);

        var start = (Bericht305)BerichtReader.Read(((GgkEnvelope)gateway.Received[1].Message).Payload.ToArray());
        Assert.Equal(4242, start.Client.StartProducten[0].ToewijzingNummer);
        Assert.Equal("23456789", start.Header.Afzender);
        var declaratie = (Bericht323)BerichtReader.Read(((GgkEnvelope)gateway.Received[2].Message).Payload.ToArray());
        Assert.Equal(4242, declaratie.Declaratie.Clienten[0].Prestaties[0].ToewijzingNummer);
    }

    [Fact]
    public async Task Received319_AnsweredWith320Du01()
    {
        await using var gateway = await RecordingEndpoint.StartAsync();
        await using var sim = await Simulator.StartAsync(gateway.Url);
        var toewijzing = Some.Toewijzing(sim.Provider.Region.Clients[3], "12345678");
        var antwoord = new Bericht319
        {
            Standard = toewijzing.Standard,
            Header = toewijzing.Header with { BerichtCode = MessageCatalog.Get(MessageCode.Antwoord).BerichtCode(toewijzing.Standard) },
            Antwoord = new Antwoord { ReferentieAanbieder = "VOT-1", VerzoekAntwoord = "1", RedenAfwijzingVerzoek = "2" },
        };
        var di01 = Some.Di01(antwoord, DateTimeOffset.UtcNow);

        await HubClient.PostAsync(sim.HubUrl, di01);

        Assert.True(await gateway.WaitForAsync(1, TimeSpan.FromSeconds(10)));
        var du01 = Assert.IsType<GgkEnvelope>(Assert.Single(gateway.Received).Message);
        Assert.Equal(di01.Referentienummer, du01.Stuurgegevens.CrossRefnummer);
        Assert.IsType<Bericht320>(BerichtReader.Read(du01.Payload.ToArray()));
    }

    [Fact]
    public async Task SendRandom_EveryClientHasARequestWaiting_NothingSentInsteadOfACrash()
    {
        await using var gateway = await RecordingEndpoint.StartAsync();
        await using var sim = await Simulator.StartAsync(gateway.Url);
        var clients = sim.Provider.Region.Clients.Count;

        // No toewijzing received, so only requests fit: one per client, then nothing (the demo's traffic loop died here).
        var sent = new List<SentMessage?>();
        for (var i = 0; i < clients + 3; i++)
        {
            sent.Add(await sim.Provider.SendRandomAsync());
        }

        Assert.Equal(clients, sent.Count(s => s is not null));
        Assert.Null(sent[^1]);
        Assert.Equal(clients, gateway.Received.Count);
    }

    [Fact]
    public async Task TrafficInterval_SendsHeenBerichtenSteadily()
    {
        await using var gateway = await RecordingEndpoint.StartAsync();
        await using var sim = await HubSimulatorHost.StartAsync(new HubSimulatorOptions
        {
            Urls = "http://127.0.0.1:0",
            GatewayUrl = gateway.Url,
            Clients = 20,
            TrafficInterval = TimeSpan.FromMilliseconds(50),
        });

        Assert.True(await gateway.WaitForAsync(5, TimeSpan.FromSeconds(10)));

        Assert.All(gateway.Received, r => Assert.Equal(GgkBerichtcode.Di01, r.Message.Berichtcode));
        Assert.True(sim.Traffic.Sent.Count >= 5);
    }

    [Fact]
    public async Task TryBuild_FollowsAToewijzingsLife_OneStartThenOneStop()
    {
        await using var gateway = await RecordingEndpoint.StartAsync();
        await using var sim = await Simulator.StartAsync(gateway.Url);
        Assert.Null(sim.Provider.TryBuild(MessageCode.Start));

        await HubClient.PostAsync(sim.HubUrl, Some.Di01(Some.Toewijzing(sim.Provider.Region.Clients[0], "12345678"), DateTimeOffset.UtcNow));
        Assert.True(await gateway.WaitForAsync(1, TimeSpan.FromSeconds(10)));

        Assert.Null(sim.Provider.TryBuild(MessageCode.Stop));
        var start = Assert.IsType<Bericht305>(sim.Provider.TryBuild(MessageCode.Start));
        Assert.Equal(1001, Assert.Single(start.Client.StartProducten).ToewijzingNummer);
        Assert.Null(sim.Provider.TryBuild(MessageCode.Start));
        var stop = Assert.IsType<Bericht307>(sim.Provider.TryBuild(MessageCode.Stop));
        Assert.Equal(1001, Assert.Single(stop.Client.StopProducten).ToewijzingNummer);
        Assert.Null(sim.Provider.TryBuild(MessageCode.Stop));

        // It ended in 2025: no month of it is left to declare.
        Assert.Null(sim.Provider.TryBuild(MessageCode.Declaratie));
    }
}
