using System.Net;
using System.Text;
using Gateway.Host.Tests.Support;
using Gateway.Messages.Envelopes.Ggk;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Store;
using Gateway.Storage.Relational;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Host.Tests.EndToEnd;

/// <summary>When the store cannot commit, the hub gets Fo03 with HTTP 503 — never a Bv03 — and its resend succeeds later.</summary>
[Collection(nameof(FailingTransactions))]
public sealed class StoreFailureTests
{
    [Fact]
    public async Task StoreCannotCommit_Fo03And503_NoBv03_ResendAfterRecoveryAccepted()
    {
        await using var env = await RunningGateway.StartAsync(startGateway: false);
        env.ConfigureServices = services => services.AddSingleton(sp => FailingTransactions.Around(sp.GetRequiredService<RelationalMessageStore>()));
        await env.StartGatewayAsync();
        var bericht = RoundTripTests.Build(env.Simulator, MessageCode.Start, "0363");
        var envelope = Some.Envelope(bericht);
        try
        {
            FailingTransactions.Failing = true;
            using var request = new HttpRequestMessage(HttpMethod.Post, "ggk") { Content = GgkRequests.Soap(GgkSoap.ToBytes(envelope)) };
            using var response = await env.Http.SendAsync(request);
            var reply = await GgkSoap.ReadAsync(await response.Content.ReadAsStreamAsync());

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.IsType<Fo03>(reply);
            Assert.Equal(envelope.Referentienummer, reply.Stuurgegevens.CrossRefnummer);
            using var ready = await env.Http.GetAsync("health/ready");
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }
        finally
        {
            FailingTransactions.Failing = false;
        }

        var resent = await env.Simulator.Provider.SendEnvelopeAsync(envelope);
        Assert.Equal("Bv03", resent.Reply);
        Assert.True(await env.Simulator.Traffic.WaitForAsync(r => r.Any(m => m.CrossRefnummer == envelope.Referentienummer && m.Berichtcode == GgkBerichtcode.Du01), TimeSpan.FromMinutes(3)));
        await using var tx = await env.Store.BeginAsync();
        Assert.NotNull(await tx.FindByEnvelopeAsync(bericht.Header.Afzender, envelope.Referentienummer));
    }
}
