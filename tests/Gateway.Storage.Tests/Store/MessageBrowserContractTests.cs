using Gateway.Messages.Standards;
using Gateway.Routing.Store;
using Gateway.Storage.Tests.Support;

namespace Gateway.Storage.Tests.Store;

/// <summary>
/// The behaviour every <see cref="IMessageBrowser"/> must have, written once: search with totals and stable cursors, the
/// life of a toewijzing, failure groups with bulk actions, traffic, and scoping (an operator of one gemeente never sees,
/// counts or touches another's messages).
/// </summary>
public abstract class MessageBrowserContractTests : IAsyncLifetime
{
    private const string Amsterdam = "0363";
    private const string Utrecht = "0344";
    private const string OtherBsn = "999990032";
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);
    private static readonly GemeenteScope OnlyAmsterdam = GemeenteScope.Of([Amsterdam]);

    private protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero));

    private protected IMessageStore Store { get; private set; } = null!;

    private protected IMessageBrowser Browser { get; private set; } = null!;

    /// <summary>Opens a store on a fresh, empty database (called once per test); the browser reads the same database.</summary>
    private protected abstract Task<(IMessageStore Store, IMessageBrowser Browser)> CreateAsync(TimeProvider time);

    public async Task InitializeAsync() => (Store, Browser) = await CreateAsync(Time);

    public virtual Task DisposeAsync() => Store is IAsyncDisposable d ? d.DisposeAsync().AsTask() : Task.CompletedTask;

    [Fact]
    public async Task Search_ByToewijzingNummer_FindsTheMessagesCarryingIt()
    {
        var start = await InsertAsync(Message(MessageCode.Start, toewijzing: 4711));
        var toewijzing = await InsertAsync(Message(MessageCode.Toewijzing, toewijzing: 4711));
        await InsertAsync(Message(MessageCode.Start, toewijzing: 4712));

        var page = await Browser.SearchAsync(new MessageSearch { ToewijzingNummer = 4711 }, null, 10, GemeenteScope.All);

        Assert.Equal([start, toewijzing], page.Items.Select(h => h.Message.Id).Order());
        Assert.Equal(2, page.Total);
        Assert.Null(page.Next);
    }

    [Fact]
    public async Task Search_ByEveryCriterion_MatchesOnlyWhatFits()
    {
        var declaratie = Message(MessageCode.Declaratie, toewijzing: 10, declaratie: "DECL-7") with { Afzender = "87654321", Ontvanger = Amsterdam, Bsns = [OtherBsn] };
        var declaratieId = await InsertAsync(declaratie);
        Time.Advance(TimeSpan.FromDays(2));
        var start = Message(MessageCode.Start, toewijzing: 11);
        var startId = await InsertAsync(start);
        await using (var tx = await Store.BeginAsync())
        {
            await tx.UpdateStateAsync(startId, MessageState.Rejected, MessageEventTypes.MessageRejected, "rule", ["8001"]);
            await tx.CommitAsync();
        }

        async Task<long[]> Find(MessageSearch search) => [.. (await Browser.SearchAsync(search, null, 10, GemeenteScope.All)).Items.Select(h => h.Message.Id)];

        Assert.Equal([declaratieId], await Find(new MessageSearch { DeclaratieNummer = "DECL-7" }));
        Assert.Equal([declaratieId], await Find(new MessageSearch { Bsn = OtherBsn }));
        Assert.Equal([startId], await Find(new MessageSearch { Bsn = Some.CanaryBsn }));
        Assert.Equal([declaratieId], await Find(new MessageSearch { Aanbieder = "87654321" }));
        Assert.Equal([startId], await Find(new MessageSearch { Identificatie = start.Identificatie }));
        Assert.Equal([startId], await Find(new MessageSearch { Referentienummer = start.Envelope!.Referentienummer }));
        Assert.Equal([declaratieId], await Find(new MessageSearch { Code = MessageCode.Declaratie }));
        Assert.Equal([startId], await Find(new MessageSearch { State = MessageState.Rejected }));
        Assert.Equal([declaratieId], await Find(new MessageSearch { Until = Time.GetUtcNow().AddDays(-1) }));
        Assert.Equal([startId], await Find(new MessageSearch { From = Time.GetUtcNow().AddDays(-1), Gemeente = Amsterdam }));
        Assert.Empty(await Find(new MessageSearch { DeclaratieNummer = "DECL-7", Code = MessageCode.Start }));
        Assert.Empty(await Find(new MessageSearch { Bsn = "999990044" }));
    }

    [Fact]
    public async Task Search_Paged_TotalsStayAndTheCursorSkipsNothingWhenNewMessagesArrive()
    {
        var ids = new List<long>();
        for (var i = 0; i < 7; i++)
        {
            ids.Add(await InsertAsync(Message(MessageCode.Start, toewijzing: 900)));
        }

        var search = new MessageSearch { ToewijzingNummer = 900 };
        var first = await Browser.SearchAsync(search, null, 3, GemeenteScope.All);
        await InsertAsync(Message(MessageCode.Start, toewijzing: 900));
        var second = await Browser.SearchAsync(search, first.Next, 3, GemeenteScope.All);
        var third = await Browser.SearchAsync(search, second.Next, 3, GemeenteScope.All);

        Assert.Equal((7, 8, 8), (first.Total, second.Total, third.Total));
        Assert.Equal(ids.AsEnumerable().Reverse(), first.Items.Concat(second.Items).Concat(third.Items).Select(h => h.Message.Id));
        Assert.NotNull(second.Next);
        Assert.Null(third.Next);
    }

    [Fact]
    public async Task Search_ScopedToOneGemeente_NeverFindsOrCountsAnother()
    {
        var mine = await InsertAsync(Message(MessageCode.Start, toewijzing: 55));
        await InsertAsync(Message(MessageCode.Start, toewijzing: 55, gemeente: Utrecht));

        var page = await Browser.SearchAsync(new MessageSearch { ToewijzingNummer = 55 }, null, 10, OnlyAmsterdam);
        var asked = await Browser.SearchAsync(new MessageSearch { Gemeente = Utrecht }, null, 10, OnlyAmsterdam);
        var nobody = await Browser.SearchAsync(new MessageSearch(), null, 10, GemeenteScope.Of([]));

        Assert.Equal([mine], page.Items.Select(h => h.Message.Id));
        Assert.Equal(1, page.Total);
        Assert.Equal(0, asked.Total);
        Assert.Empty(nobody.Items);
    }

    [Fact]
    public async Task ToewijzingLife_ShowsRequestToewijzingStartDeclaratieAndTheirAnswers()
    {
        var verzoek = await InsertAsync(Message(MessageCode.VerzoekOmToewijzing, referentie: "REF-1"));
        var toewijzing = Message(MessageCode.Toewijzing, toewijzing: 321, referentie: "REF-1");
        var toewijzingId = await InsertAsync(toewijzing);
        var retour = await InsertAsync(Some.RetourTo(toewijzingId, toewijzing, "0200"));
        var start = Message(MessageCode.Start, toewijzing: 321);
        var startId = await InsertAsync(start);
        await using (var tx = await Store.BeginAsync())
        {
            await tx.AddEventAsync(startId, MessageEventTypes.RuleRejected, "TR307 8001");
            await tx.CommitAsync();
        }

        var declaratieId = await InsertAsync(Message(MessageCode.Declaratie, toewijzing: 321, declaratie: "D-9"));
        var antwoord = await InsertAsync(Message(MessageCode.DeclaratieAntwoord, declaratie: "D-9") with { Kind = MessageKind.DeclaratieAntwoord, CorrelatesTo = declaratieId });
        await InsertAsync(Message(MessageCode.Start, toewijzing: 322));

        var life = await Browser.ToewijzingLifeAsync(321, GemeenteScope.All);
        var hidden = await Browser.ToewijzingLifeAsync(321, GemeenteScope.Of([Utrecht]));

        Assert.Equal([verzoek, toewijzingId, startId, declaratieId], life.Entries.Select(e => e.Message.Id));
        Assert.Equal([retour], life.Entries[1].Answers.Select(a => a.Id));
        Assert.Equal([antwoord], life.Entries[3].Answers.Select(a => a.Id));
        Assert.Equal(["TR307"], life.Entries[2].RuleCodes);
        Assert.Empty(hidden.Entries);
    }

    [Fact]
    public async Task FailureGroups_GroupDeadLettersByCauseAndCountOnlyTheScope()
    {
        var a1 = await DeadLetterAsync(Amsterdam, "HTTP 503 after 3 attempts");
        var a2 = await DeadLetterAsync(Amsterdam, "HTTP 503 after 12 attempts");
        var other = await DeadLetterAsync(Amsterdam, "certificate rejected");
        await DeadLetterAsync(Utrecht, "HTTP 503 after 3 attempts");

        var all = await Browser.FailureGroupsAsync(GemeenteScope.All);
        var mine = await Browser.FailureGroupsAsync(OnlyAmsterdam);

        Assert.Equal([3, 1], all.Select(g => g.Count));
        Assert.Equal([2, 1], mine.Select(g => g.Count));
        var busy = mine[0];
        Assert.Equal(("HTTP # after # attempts", "hub", nameof(DeliveryFailureKind.Permanent), "3.2"), (busy.Key.Cause, busy.Key.Destination, busy.Key.ErrorClass, busy.Key.Release));
        var members = await Browser.MembersAsync(busy.Key, null, 10, OnlyAmsterdam);
        Assert.Equal([a1, a2], members.Items.Select(m => m.Delivery.Id));
        Assert.DoesNotContain(other, members.Items.Select(m => m.Delivery.Id));
        Assert.True(busy.FirstSeen < busy.LastSeen);
    }

    [Fact]
    public async Task Members_Paged_CursorWalksTheGroupOnce()
    {
        var ids = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await DeadLetterAsync(Amsterdam, "timeout"));
        }

        var group = Assert.Single(await Browser.FailureGroupsAsync(GemeenteScope.All)).Key;
        var seen = new List<long>();
        PageCursor? cursor = null;
        var pages = 0;
        do
        {
            var page = await Browser.MembersAsync(group, cursor, 2, GemeenteScope.All);
            Assert.Equal(5, page.Total);
            seen.AddRange(page.Items.Select(m => m.Delivery.Id));
            cursor = page.Next;
            pages++;
        }
        while (cursor is not null);

        Assert.Equal(ids, seen);
        Assert.Equal(3, pages);
    }

    [Fact]
    public async Task ReplayGroup_ReplaysOnlyTheGroupInScopeAndAuditsEach()
    {
        var a1 = await DeadLetterAsync(Amsterdam, "HTTP 503");
        var a2 = await DeadLetterAsync(Amsterdam, "HTTP 503");
        var b = await DeadLetterAsync(Utrecht, "HTTP 503");
        var otherCause = await DeadLetterAsync(Amsterdam, "refused");
        var group = (await Browser.FailureGroupsAsync(OnlyAmsterdam)).Single(g => g.Count == 2).Key;

        var result = await Browser.ReplayAsync(FailureSelection.OfGroup(group), "ops-amsterdam", OnlyAmsterdam);

        Assert.Equal((2, 2), (result.Matched, result.Done));
        Assert.Equal([a1, a2], result.DeliveryIds);
        Assert.Equal(DeliveryState.Pending, await StateAsync(a1));
        Assert.Equal(DeliveryState.DeadLettered, await StateAsync(b));
        Assert.Equal(DeliveryState.DeadLettered, await StateAsync(otherCause));
        var details = await Store.GetDeliveryAsync(a2);
        var events = await Store.GetTimelineAsync(details!.Delivery.MessageId);
        Assert.Contains(events, e => e.Type == MessageEventTypes.MessageReplayed && e.Actor == "ops-amsterdam");
        Assert.Equal((0, 0), ((await Browser.ReplayAsync(FailureSelection.OfGroup(group), "ops-amsterdam", OnlyAmsterdam)) is var again ? (again.Matched, again.Done) : default));
    }

    [Fact]
    public async Task PurgeSelection_PurgesChosenDeadLettersInScopeAndSkipsTheRest()
    {
        var a1 = await DeadLetterAsync(Amsterdam, "x");
        var a2 = await DeadLetterAsync(Amsterdam, "y");
        var b = await DeadLetterAsync(Utrecht, "x");

        var result = await Browser.PurgeAsync(FailureSelection.OfDeliveries([a1, b, 999_999]), "ops-amsterdam", OnlyAmsterdam);

        Assert.Equal((1, 1), (result.Matched, result.Done));
        Assert.Null(await Store.GetDeliveryAsync(a1));
        Assert.NotNull(await Store.GetDeliveryAsync(a2));
        Assert.NotNull(await Store.GetDeliveryAsync(b));
    }

    [Fact]
    public async Task PurgeGroup_EmptiesTheGroup()
    {
        await DeadLetterAsync(Amsterdam, "gone for good");
        await DeadLetterAsync(Amsterdam, "gone for good");
        var group = Assert.Single(await Browser.FailureGroupsAsync(GemeenteScope.All)).Key;

        var result = await Browser.PurgeAsync(FailureSelection.OfGroup(group), "ops", GemeenteScope.All);

        Assert.Equal(2, result.Done);
        Assert.Empty(await Browser.FailureGroupsAsync(GemeenteScope.All));
    }

    [Fact]
    public async Task Traffic_CountsMessagesPerHourAndRejectionsPerRetourCode()
    {
        var since = Time.GetUtcNow();
        await InsertAsync(Message(MessageCode.Start, toewijzing: 1));
        await InsertAsync(Message(MessageCode.Start, toewijzing: 2));
        Time.Advance(TimeSpan.FromHours(1));
        var rejected = await InsertAsync(Message(MessageCode.Start, toewijzing: 3));
        await InsertAsync(Message(MessageCode.Start, toewijzing: 4, gemeente: Utrecht));
        await using (var tx = await Store.BeginAsync())
        {
            await tx.UpdateStateAsync(rejected, MessageState.Rejected, MessageEventTypes.MessageRejected, "rule", ["8001", "0001"]);
            await tx.CommitAsync();
        }

        var traffic = await Browser.TrafficAsync(since, OnlyAmsterdam);

        Assert.Equal([(since, 2), (since.AddHours(1), 1)], traffic.MessagesPerHour.Select(h => (h.Hour, h.Count)));
        Assert.Equal([("0001", 1), ("8001", 1)], traffic.RejectionsPerRetourCode.Select(r => (r.RetourCode, r.Count)));
        Assert.All(traffic.RejectionsPerRetourCode, r => Assert.Equal(DateOnly.FromDateTime(since.UtcDateTime), r.Day));
    }

    private static NewMessage Message(MessageCode code, long? toewijzing = null, string? referentie = null, string? declaratie = null, string gemeente = Amsterdam)
    {
        var references = new List<ChainReference>();
        if (toewijzing is { } t)
        {
            references.Add(new ChainReference(ChainKind.Toewijzing, t.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (referentie is not null)
        {
            references.Add(new ChainReference(ChainKind.Referentie, referentie));
        }

        if (declaratie is not null)
        {
            references.Add(new ChainReference(ChainKind.Declaratie, declaratie));
        }

        return Some.Heen(afzender: gemeente, code: code) with { ChainReferences = references };
    }

    private async Task<long> InsertAsync(NewMessage message)
    {
        await using var tx = await Store.BeginAsync();
        var id = await tx.InsertMessageAsync(message);
        await tx.CommitAsync();
        return id;
    }

    /// <summary>A message of the gemeente whose one delivery to the hub is dead-lettered for good with this reason; its delivery id.</summary>
    private async Task<long> DeadLetterAsync(string gemeente, string reason)
    {
        var messageId = await InsertAsync(Message(MessageCode.Start, toewijzing: 77, gemeente: gemeente));
        long deliveryId;
        await using (var tx = await Store.BeginAsync())
        {
            deliveryId = await tx.EnqueueDeliveryAsync(messageId, DeliveryDestination.Hub);
            await tx.CommitAsync();
        }

        var claimed = Assert.Single(await Store.ClaimDueAsync("w", 10, Lease), c => c.Delivery.Id == deliveryId);
        Assert.True(await Store.DeadLetterAsync(claimed.Lease, DeliveryFailureKind.Permanent, reason));
        Time.Advance(TimeSpan.FromSeconds(1));
        return deliveryId;
    }

    private async Task<DeliveryState?> StateAsync(long deliveryId) => (await Store.GetDeliveryAsync(deliveryId))?.Delivery.State;
}
