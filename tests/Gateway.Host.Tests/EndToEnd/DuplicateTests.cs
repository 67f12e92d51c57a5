using System.Text;
using Gateway.Host.Tests.Support;
using Gateway.Messages.Envelopes.Ggk;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Store;

namespace Gateway.Host.Tests.EndToEnd;

/// <summary>The same message many times — in a row, at once, after a restart: one effect, one answer identity.</summary>
public sealed class DuplicateTests : IAsyncLifetime
{
    // Waits end as soon as their condition holds; this only guards against a hang on a loaded machine.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);
    private RunningGateway _gateway = null!;

    public async Task InitializeAsync() => _gateway = await RunningGateway.StartAsync();

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    [Fact]
    public async Task SameMessage10TimesInARow_OneEffect_OneAnswer_CopiesGetTheStoredAnswer()
    {
        var bericht = await Allocations.CoherentAsync(_gateway, MessageCode.Start, "0363");
        var bytes = BerichtWriter.ToBytes(bericht);
        var first = Some.Envelope(bericht, bytes);

        // Half are resends of the same envelope, half the same message in a fresh envelope.
        var replies = new List<string>();
        for (var i = 0; i < 10; i++)
        {
            var sent = await _gateway.Simulator.Provider.SendEnvelopeAsync(i % 2 == 0 ? first : Some.Envelope(bericht, bytes));
            replies.Add(sent.Reply);
        }

        Assert.All(replies, r => Assert.Equal("Bv03", r));
        await AssertOneEffectAsync(bericht, expectedDuplicates: 9);
    }

    [Fact]
    public async Task SameMessage10TimesConcurrently_OneEffect_OneAnswer()
    {
        var bericht = await Allocations.CoherentAsync(_gateway, MessageCode.Start, "0599");
        var bytes = BerichtWriter.ToBytes(bericht);

        var sent = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => _gateway.Simulator.Provider.SendEnvelopeAsync(Some.Envelope(bericht, bytes))));

        Assert.All(sent, s => Assert.Equal("Bv03", s.Reply));
        await AssertOneEffectAsync(bericht, expectedDuplicates: 9);
    }

    [Fact]
    public async Task SameMessageAfterRestart_OneEffect_TheStoredAnswerAgain()
    {
        var bericht = await Allocations.CoherentAsync(_gateway, MessageCode.Stop, "0363");
        var bytes = BerichtWriter.ToBytes(bericht);
        Assert.Equal("Bv03", (await _gateway.Simulator.Provider.SendEnvelopeAsync(Some.Envelope(bericht, bytes))).Reply);
        Assert.True(await _gateway.WaitForEmptyQueueAsync(Patience));

        await _gateway.RestartAsync();
        for (var i = 0; i < 9; i++)
        {
            Assert.Equal("Bv03", (await _gateway.Simulator.Provider.SendEnvelopeAsync(Some.Envelope(bericht, bytes))).Reply);
        }

        await AssertOneEffectAsync(bericht, expectedDuplicates: 9);
    }

    [Fact]
    public async Task ReusedReferentienummerOtherContent_Fo03IB216With409_NotStored_SameContentStillBv03()
    {
        var bericht = await Allocations.CoherentAsync(_gateway, MessageCode.Start, "0363");
        var first = Some.Envelope(bericht, BerichtWriter.ToBytes(bericht));
        Assert.Equal("Bv03", (await _gateway.Simulator.Provider.SendEnvelopeAsync(first)).Reply);
        var other = await Allocations.CoherentAsync(_gateway, MessageCode.Start, "0363");
        var otherBytes = BerichtWriter.ToBytes(other);

        var reused = await _gateway.Simulator.Provider.SendEnvelopeAsync(GgkEnvelope.Create(
            other.Standard, other.Code, otherBytes, first.Stuurgegevens.Zender, other.Header.Ontvanger, DateTimeOffset.UtcNow, referentienummer: first.Referentienummer));

        Assert.Equal(409, reused.HttpStatus);
        Assert.Equal("Fo03 IB216", reused.Reply);
        var otherKey = new DedupKey(other.Standard, other.Code, other.Header.Afzender, other.Header.BerichtIdentificatie.Identificatie);
        await using (var tx = await _gateway.Store.BeginAsync())
        {
            Assert.Null(await tx.FindByDedupKeyAsync(otherKey));
            var stored = await tx.FindByEnvelopeAsync(first.Stuurgegevens.Zender.Organisatie, first.Referentienummer);
            Assert.Contains(await _gateway.Store.GetTimelineAsync(stored!.Id), e => e.Type == MessageEventTypes.EnvelopeReused);
        }

        // The same content in the same envelope is still a copy; the refused one, in a fresh envelope, is not lost.
        Assert.Equal("Bv03", (await _gateway.Simulator.Provider.SendEnvelopeAsync(first)).Reply);
        Assert.Equal("Bv03", (await _gateway.Simulator.Provider.SendEnvelopeAsync(Some.Envelope(other, otherBytes))).Reply);
        await using var after = await _gateway.Store.BeginAsync();
        Assert.NotNull(await after.FindByDedupKeyAsync(otherKey));
    }

    private async Task AssertOneEffectAsync(Bericht bericht, int expectedDuplicates)
    {
        Assert.True(await _gateway.WaitForEmptyQueueAsync(Patience));
        var identificatie = bericht.Header.BerichtIdentificatie.Identificatie;
        var key = new DedupKey(bericht.Standard, bericht.Code, bericht.Header.Afzender, identificatie);
        await using var tx = await _gateway.Store.BeginAsync();
        var stored = await tx.FindByDedupKeyAsync(key);
        Assert.NotNull(stored);
        var answers = (await tx.FindAnswersAsync(stored.Id)).Where(a => a.Kind == MessageKind.Retour).ToList();
        Assert.Single(answers);
        var timeline = await _gateway.Store.GetTimelineAsync(stored.Id);
        Assert.Equal(expectedDuplicates, timeline.Count(e => e.Type == MessageEventTypes.DuplicateReceived));

        // Every answer the hub got for these copies is the one stored answer: same referentienummer, same bytes.
        var functie = GgkFunctie.For(bericht.Standard, MessageCatalog.Get(bericht.Code).AnswerCode!.Value);
        var retours = _gateway.Simulator.Traffic.Received.Where(m => m.Functie == functie && m.PayloadText.Contains(identificatie, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(retours);
        Assert.Single(retours.Select(r => r.Referentienummer).Distinct());
        Assert.Single(retours.Select(r => r.PayloadText).Distinct());

        // The back office saw the message once.
        var routed = _gateway.Sink.Received.Where(r => r.MessageCode == ((int)bericht.Code).ToString(System.Globalization.CultureInfo.InvariantCulture)
            && Encoding.UTF8.GetString(r.Payload).Contains(identificatie, StringComparison.Ordinal)).ToList();
        Assert.Single(routed);
    }
}
