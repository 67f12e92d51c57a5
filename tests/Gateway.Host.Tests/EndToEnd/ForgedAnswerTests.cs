using System.Globalization;
using System.Net;
using System.Text.Json;
using Gateway.Host.Tests.Support;
using Gateway.Messages.Answers;
using Gateway.Messages.Envelopes.Ggk;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Store;

namespace Gateway.Host.Tests.EndToEnd;

/// <summary>
/// Only the provider a heen-bericht was sent to may answer it, over real HTTP on 127.0.0.1 with a real SQLite file
/// and the sample region's sender map: a provider answering another provider's 301 in its own name is refused.
/// </summary>
public sealed class ForgedAnswerTests
{
    // Waits end as soon as their condition holds; this only guards against a hang on a loaded machine.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task RetourToAnotherProvidersToewijzing_Fo01ToTheHub_HeenNotAnsweredByIt_NotRouted_TheGenuineRetourStillAnswers()
    {
        await using var env = await RunningGateway.StartAsync();
        var aanbieders = env.Simulator.Provider.Region.Aanbieders;
        var (addressee, attacker) = (aanbieders[0].Agb, aanbieders[1].Agb);
        var client = Some.Client(env.Simulator, "0363");
        using var submitted = await env.SubmitAsync("0363", Some.BackOfficeDocuments().Toewijzing("0363", addressee, client.Bsn));
        Assert.Equal(HttpStatusCode.Accepted, submitted.StatusCode);
        var toewijzingId = JsonDocument.Parse(await submitted.Content.ReadAsStringAsync()).RootElement.GetProperty("messageId").GetInt64();
        var toewijzing = (Bericht301)BerichtReader.Read((await env.Store.ReadPayloadAsync(toewijzingId))!);
        var retour = (Bericht302)new RetourBuilder(TimeProvider.System, new AttackerIdentificaties()).Build(toewijzing, MessageOutcome.Accepted(), toewijzing.Header.XsdVersie);
        var forged = retour with { Header = retour.Header with { Ontvanger = attacker } };
        var envelope = GgkEnvelope.Create(forged.Standard, forged.Code, BerichtWriter.ToBytes(forged), new GgkParty(attacker, "ZorgSim"), "0363", DateTimeOffset.UtcNow, crossRefnummer: GgkReferentienummer.New());

        var sent = await env.Simulator.Provider.SendEnvelopeAsync(envelope);

        Assert.Equal("Bv03", sent.Reply);
        Assert.True(await env.Simulator.Traffic.WaitForAsync(r => r.Any(m => m.CrossRefnummer == sent.Referentienummer), Patience), "no Fo01 for the forged retour reached the hub");
        Assert.Equal(GgkBerichtcode.Fo01, Assert.Single(env.Simulator.Traffic.Received, m => m.CrossRefnummer == sent.Referentienummer).Berichtcode);
        StoredMessage refused;
        await using (var tx = await env.Store.BeginAsync())
        {
            refused = (await tx.FindByEnvelopeAsync(attacker, sent.Referentienummer))!;
        }

        Assert.Equal(MessageState.Rejected, refused.State);
        Assert.Null(refused.CorrelatesTo);
        var audit = Assert.Single(await env.Store.GetTimelineAsync(refused.Id), e => e.Type == MessageEventTypes.SenderRefused);
        Assert.Equal($"A JW302 from AGB {attacker} answers a JW301 that was not sent to it: only the party a message was sent to may answer it.", audit.Detail);

        // The provider the 301 was sent to answers it (the hub simulator does so by itself): that retour is the only one.
        Assert.True(await RunningGateway.EventuallyAsync(() => env.Sink.Received.Any(r => r.Gemeentecode == "0363" && r.MessageCode == "302"), Patience), "the genuine 302 did not reach back office 0363");
        Assert.True(await env.WaitForEmptyQueueAsync(Patience));
        Assert.Single(env.Sink.Received, r => r.MessageCode == "302");
        Assert.DoesNotContain(env.Sink.Received, r => r.MessageId == refused.Id);
        var answered = Assert.Single(await env.Store.GetTimelineAsync(toewijzingId), e => e.Type == MessageEventTypes.MessageAnswered);
        Assert.DoesNotContain(forged.Header.IdentificatieRetour, answered.Detail, StringComparison.Ordinal);
        Assert.Equal(MessageState.Answered, (await env.Store.GetMessageAsync(toewijzingId))!.State);
    }

    /// <summary>The attacker's own IdentificatieRetour numbers, apart from the hub simulator's.</summary>
    private sealed class AttackerIdentificaties : IIdentificatieGenerator
    {
        private int _next;

        public string Next(MessageCode message) => string.Create(CultureInfo.InvariantCulture, $"X{(int)message}-{Interlocked.Increment(ref _next):D5}");
    }
}
