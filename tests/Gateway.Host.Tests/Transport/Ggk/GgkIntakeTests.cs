using System.Net;
using System.Net.Http.Headers;
using Gateway.Host.Tests.EndToEnd;
using Gateway.Host.Tests.Support;
using Gateway.Host.Transport.Ggk;
using Gateway.Messages.Envelopes.Ggk;
using Gateway.Messages.Standards;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Host.Tests.Transport.Ggk;

/// <summary>The intake bounds of /ggk over real loopback HTTP with a real SQLite store; the bounds are filled by count, with held request bodies.</summary>
public sealed class GgkIntakeTests
{
    private const int Large = 4 * 1024 * 1024;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/xml")]
    [InlineData(null)]
    public async Task Post_NotASoapContentType_415WithFo03NamingIt(string? contentType)
    {
        await using var env = await RunningGateway.StartAsync();
        var content = new ByteArrayContent(GgkSoap.ToBytes(Some.Envelope(RoundTripTests.Build(env.Simulator, MessageCode.Start, "0363"))));
        content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);

        var answer = await GgkRequests.PostAsync(env.Http, content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, answer.Status);
        var fo03 = Assert.IsType<Fo03>(answer.Reply);
        Assert.Contains(contentType is null ? "Content-Type missing" : $"Content-Type '{contentType}'", fo03.Omschrijving, StringComparison.Ordinal);
        Assert.Contains("text/xml or application/soap+xml", fo03.Omschrijving, StringComparison.Ordinal);
        Assert.Equal(0, (await env.Store.GetCountersAsync()).MessagesByState.Values.Sum());
    }

    [Theory]
    [InlineData("text/xml; charset=utf-8")]
    [InlineData("application/soap+xml; charset=utf-8; action=\"ggk_Di01\"")]
    [InlineData("TEXT/XML")]
    public async Task Post_SoapContentType_Acknowledged(string contentType)
    {
        await using var env = await RunningGateway.StartAsync();
        var content = new ByteArrayContent(GgkSoap.ToBytes(Some.Envelope(RoundTripTests.Build(env.Simulator, MessageCode.Start, "0363"))));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        var answer = await GgkRequests.PostAsync(env.Http, content);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.IsType<Bv03>(answer.Reply);
    }

    [Fact]
    public async Task Post_ContentLengthAboveEnvelopeLimit_413WithFo03NamingTheLimit()
    {
        await using var env = await RunningGateway.StartAsync(new() { ["Gateway:GgkEndpoint:MaxEnvelopeBytes"] = "1048576" });

        var answer = await GgkRequests.PostAsync(env.Http, GgkRequests.Soap(GgkRequests.LargeDi01(env.Simulator, 2 * 1024 * 1024)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.Status);
        Assert.Contains("larger than the limit of 1048576 bytes", Assert.IsType<Fo03>(answer.Reply).Omschrijving, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_BeyondConcurrentBound_503WithRetryAfterBeforeTheBodyIsRead_RestAcknowledged()
    {
        await using var env = await RunningGateway.StartAsync(new()
        {
            ["Gateway:GgkEndpoint:MaxConcurrentRequests"] = "2",
            ["Gateway:GgkEndpoint:RetryAfter"] = "00:00:07",
        });
        var gate = env.Services.GetRequiredService<GgkIntakeGate>();
        var held = Enumerable.Range(0, 2).Select(_ => new HeldContent(GgkRequests.LargeDi01(env.Simulator, Large))).ToList();
        var admitted = held.Select(c => GgkRequests.PostAsync(env.Http, GgkRequests.Soap(c))).ToList();
        Assert.True(await RunningGateway.EventuallyAsync(() => gate.RequestsInFlight == 2, Patience), $"{gate.RequestsInFlight} requests admitted, expected 2");

        var refused = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => GgkRequests.PostAsync(env.Http, GgkRequests.Soap(GgkRequests.LargeDi01(env.Simulator, Large)))));

        Assert.All(refused, answer =>
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.Status);
            Assert.Equal(TimeSpan.FromSeconds(7), answer.RetryAfter);
            Assert.Contains("The gateway is busy", Assert.IsType<Fo03>(answer.Reply).Omschrijving, StringComparison.Ordinal);
        });
        held.ForEach(c => c.Release());
        Assert.All(await Task.WhenAll(admitted), answer =>
        {
            Assert.Equal(HttpStatusCode.OK, answer.Status);
            Assert.IsType<Bv03>(answer.Reply);
        });
        Assert.True(await RunningGateway.EventuallyAsync(() => gate.RequestsInFlight == 0 && gate.BytesInFlight == 0, Patience));
        Assert.Equal(HttpStatusCode.OK, (await GgkRequests.PostAsync(env.Http, GgkRequests.Soap(GgkRequests.LargeDi01(env.Simulator, Large)))).Status);
    }

    [Fact]
    public async Task Post_BeyondBytesInFlight_CountedByContentLength_503ForTheLargeOnly()
    {
        await using var env = await RunningGateway.StartAsync(new()
        {
            ["Gateway:GgkEndpoint:MaxEnvelopeBytes"] = "5000000",
            ["Gateway:GgkEndpoint:MaxBytesInFlight"] = "10000000",
        });
        var gate = env.Services.GetRequiredService<GgkIntakeGate>();
        var held = Enumerable.Range(0, 2).Select(_ => new HeldContent(GgkRequests.LargeDi01(env.Simulator, Large))).ToList();
        var admitted = held.Select(c => GgkRequests.PostAsync(env.Http, GgkRequests.Soap(c))).ToList();
        Assert.True(await RunningGateway.EventuallyAsync(() => gate.RequestsInFlight == 2, Patience));

        var large = await GgkRequests.PostAsync(env.Http, GgkRequests.Soap(GgkRequests.LargeDi01(env.Simulator, Large)));
        var small = await GgkRequests.PostAsync(env.Http, GgkRequests.Soap(GgkSoap.ToBytes(Some.Envelope(RoundTripTests.Build(env.Simulator, MessageCode.Start, "0363")))));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, large.Status);
        Assert.NotNull(large.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, small.Status);
        held.ForEach(c => c.Release());
        Assert.All(await Task.WhenAll(admitted), answer => Assert.Equal(HttpStatusCode.OK, answer.Status));
    }

    [Fact]
    public async Task Post_Chunked_ReservesTheEnvelopeLimit()
    {
        await using var env = await RunningGateway.StartAsync(new()
        {
            ["Gateway:GgkEndpoint:MaxEnvelopeBytes"] = "5000000",
            ["Gateway:GgkEndpoint:MaxBytesInFlight"] = "5000000",
        });
        var gate = env.Services.GetRequiredService<GgkIntakeGate>();
        var chunked = new HeldContent(GgkRequests.LargeDi01(env.Simulator, 1024 * 1024), chunked: true);
        var admitted = GgkRequests.PostAsync(env.Http, GgkRequests.Soap(chunked));
        Assert.True(await RunningGateway.EventuallyAsync(() => gate.RequestsInFlight == 1, Patience));
        Assert.Equal(5_000_000, gate.BytesInFlight);

        var small = await GgkRequests.PostAsync(env.Http, GgkRequests.Soap(GgkSoap.ToBytes(Some.Envelope(RoundTripTests.Build(env.Simulator, MessageCode.Start, "0363")))));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, small.Status);
        chunked.Release();
        Assert.Equal(HttpStatusCode.OK, (await admitted).Status);
    }

    [Fact]
    public async Task Post_ClientGoesAwayMidBody_OrEnvelopeUnreadable_ReservationReleased()
    {
        await using var env = await RunningGateway.StartAsync(new() { ["Gateway:GgkEndpoint:MaxConcurrentRequests"] = "1" });
        var gate = env.Services.GetRequiredService<GgkIntakeGate>();
        using var abort = new CancellationTokenSource();
        var held = new HeldContent(GgkRequests.LargeDi01(env.Simulator, Large));
        var abandoned = env.Http.PostAsync("ggk", GgkRequests.Soap(held), abort.Token);
        Assert.True(await RunningGateway.EventuallyAsync(() => gate.RequestsInFlight == 1, Patience));

        await abort.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);
        Assert.True(await RunningGateway.EventuallyAsync(() => gate.RequestsInFlight == 0 && gate.BytesInFlight == 0, Patience), "an abandoned request kept its reservation");

        var unreadable = await GgkRequests.PostAsync(env.Http, GgkRequests.Soap("<not-soap/>"u8.ToArray()));
        Assert.Equal(HttpStatusCode.BadRequest, unreadable.Status);
        Assert.True(await RunningGateway.EventuallyAsync(() => gate.RequestsInFlight == 0, Patience), "an unreadable envelope kept its reservation");
        Assert.Equal(HttpStatusCode.OK, (await GgkRequests.PostAsync(env.Http, GgkRequests.Soap(GgkRequests.LargeDi01(env.Simulator, Large)))).Status);
    }

    [Fact]
    public async Task Post_BodyTrickledPastBodyReadTimeout_ConnectionDroppedAndReservationReleased()
    {
        await using var env = await RunningGateway.StartAsync(new()
        {
            ["Gateway:GgkEndpoint:MaxConcurrentRequests"] = "1",
            ["Gateway:GgkEndpoint:BodyReadTimeout"] = "00:00:02",
        });
        var gate = env.Services.GetRequiredService<GgkIntakeGate>();
        var held = new HeldContent(GgkRequests.LargeDi01(env.Simulator, Large));
        var slow = env.Http.PostAsync("ggk", GgkRequests.Soap(held));
        Assert.True(await RunningGateway.EventuallyAsync(() => gate.RequestsInFlight == 1, Patience));

        // Never released while the gateway reads: without the read deadline this request would keep the only slot for as
        // long as it trickles. The client sends nothing more, so it only sees the answer once it may finish its body.
        Assert.True(await RunningGateway.EventuallyAsync(() => gate.RequestsInFlight == 0 && gate.BytesInFlight == 0, Patience), "a trickling sender kept its reservation");
        held.Release();
        await Assert.ThrowsAsync<HttpRequestException>(() => slow);

        Assert.Equal(HttpStatusCode.OK, (await GgkRequests.PostAsync(env.Http, GgkRequests.Soap(GgkSoap.ToBytes(Some.Envelope(RoundTripTests.Build(env.Simulator, MessageCode.Start, "0363")))))).Status);
    }

    [Fact]
    public async Task Post_FunctieDoesNotMatchPayload_Fo03NamingBoth_NothingStored()
    {
        await using var env = await RunningGateway.StartAsync();
        var bericht = RoundTripTests.Build(env.Simulator, MessageCode.VerzoekOmToewijzing, "0363");
        var envelope = Some.Envelope(bericht);
        var mislabelled = envelope with { Stuurgegevens = envelope.Stuurgegevens with { Functie = "JW305" } };

        var answer = await GgkRequests.PostAsync(env.Http, GgkRequests.Soap(GgkSoap.ToBytes(mislabelled)));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        var fo03 = Assert.IsType<Fo03>(answer.Reply);
        Assert.Contains("functie is JW305", fo03.Omschrijving, StringComparison.Ordinal);
        Assert.Contains("a JW315", fo03.Omschrijving, StringComparison.Ordinal);
        Assert.DoesNotContain(((Gateway.Messages.Model.Bericht315)bericht).Client.Bsn, fo03.Omschrijving, StringComparison.Ordinal);
        Assert.Equal(0, (await env.Store.GetCountersAsync()).MessagesByState.Values.Sum());
    }

    [Fact]
    public async Task Post_Di01WithFunctieJW303_Fo03StUF037WithThe323Explanation_NothingStored()
    {
        await using var env = await RunningGateway.StartAsync();
        var envelope = Some.Envelope(RoundTripTests.Build(env.Simulator, MessageCode.VerzoekOmToewijzing, "0363"));
        var release2 = envelope with { Stuurgegevens = envelope.Stuurgegevens with { Functie = "JW303" } };

        var answer = await GgkRequests.PostAsync(env.Http, GgkRequests.Soap(GgkSoap.ToBytes(release2)));

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        var fo03 = Assert.IsType<Fo03>(answer.Reply);
        Assert.Equal(GgkEndpoint.RetiredFunctieCode, fo03.Code);
        Assert.Contains("replaced in release 3.0 by 323 (Declaratie)", fo03.Omschrijving, StringComparison.Ordinal);
        Assert.Contains("Send a JW323 of release 3.2", fo03.Omschrijving, StringComparison.Ordinal);
        Assert.Equal(0, (await env.Store.GetCountersAsync()).MessagesByState.Values.Sum());
    }
}
