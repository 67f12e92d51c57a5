using Gateway.Messages.Standards;
using Gateway.Routing.Store;
using Gateway.Storage.Tests.Support;

namespace Gateway.Storage.Tests.Store;

/// <summary>
/// The behaviour every <see cref="IMessageStore"/> must have, written once. An implementation subclasses this and says
/// how to open a fresh store and how to reopen the same database (a restart).
/// </summary>
public abstract partial class MessageStoreContractTests : IAsyncLifetime
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    private protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero));

    private protected IMessageStore Store { get; private set; } = null!;

    /// <summary>Opens a store on a fresh, empty database (called once per test).</summary>
    private protected abstract Task<IMessageStore> CreateStoreAsync(TimeProvider time);

    /// <summary>Disposes the store and opens the same database again, as after a process restart.</summary>
    private protected abstract Task<IMessageStore> ReopenStoreAsync(IMessageStore store, TimeProvider time);

    public async Task InitializeAsync() => Store = await CreateStoreAsync(Time);

    public virtual Task DisposeAsync() => Store is IAsyncDisposable d ? d.DisposeAsync().AsTask() : Task.CompletedTask;

    [Fact]
    public async Task InsertMessage_ThenFind_ReturnsEveryField()
    {
        var heen = Some.Heen() with { RetourCodes = ["0200"] };
        var id = await InsertAsync(heen);

        await using var tx = await Store.BeginAsync();
        var byKey = await tx.FindByDedupKeyAsync(heen.DedupKey!);
        var byEnvelope = await tx.FindByEnvelopeAsync("GGK", heen.Envelope!.Referentienummer);

        Assert.NotNull(byKey);
        Assert.Equal(id, byKey.Id);
        Assert.Equal(id, byEnvelope?.Id);
        Assert.Equal(MessageDirection.Inbound, byKey.Direction);
        Assert.Equal(MessageKind.Heen, byKey.Kind);
        Assert.Equal(MessageState.Received, byKey.State);
        Assert.Equal(Standard.Ijw, byKey.Standard);
        Assert.Equal(MessageCode.Toewijzing, byKey.Code);
        Assert.Equal("3.2", byKey.Release);
        Assert.Equal(("0363", "12345678", heen.Identificatie), (byKey.Afzender, byKey.Ontvanger, byKey.Identificatie));
        Assert.Equal(heen.DedupKey!.Value, byKey.DedupKey);
        Assert.Equal(heen.Envelope, byKey.Envelope);
        Assert.Equal("0363", byKey.Gemeentecode);
        Assert.Equal(["0200"], byKey.RetourCodes);
        Assert.True(byKey.HasPayload);
        Assert.Equal(Time.GetUtcNow(), byKey.CreatedAt);
        Assert.Equal(heen.Payload.ToArray(), await Store.ReadPayloadAsync(id));
    }

    [Fact]
    public async Task InsertMessage_BegunWithRowsAhead_FoundAndReadLikeAnyOther()
    {
        var heen = Some.Heen();
        var other = Some.Heen(bsn: "111222333");
        var samePayload = Some.Heen() with { Payload = heen.Payload };

        long heenId, otherId, sameId;
        await using (var tx = await Store.BeginAsync([heen, samePayload]))
        {
            heenId = await tx.InsertMessageAsync(heen with { State = MessageState.Accepted });
            otherId = await tx.InsertMessageAsync(other); // not given ahead
            sameId = await tx.InsertMessageAsync(samePayload); // the same payload memory a second time
            await tx.CommitAsync();
        }

        await using (var tx = await Store.BeginAsync())
        {
            Assert.Equal(heenId, (await tx.FindByDedupKeyAsync(heen.DedupKey!))?.Id);
            Assert.Equal(heenId, (await tx.FindByEnvelopeAsync("GGK", heen.Envelope!.Referentienummer))?.Id);
            Assert.Equal(heen.Envelope, (await tx.GetMessageAsync(heenId))?.Envelope);
            Assert.Equal(otherId, (await tx.FindByEnvelopeAsync("GGK", other.Envelope!.Referentienummer))?.Id);
            Assert.Equal(sameId, (await tx.FindByDedupKeyAsync(samePayload.DedupKey!))?.Id);
        }

        Assert.Equal(heen.Payload.ToArray(), await Store.ReadPayloadAsync(heenId));
        Assert.Equal(other.Payload.ToArray(), await Store.ReadPayloadAsync(otherId));
        Assert.Equal(heen.Payload.ToArray(), await Store.ReadPayloadAsync(sameId));
        Assert.Equal([heenId, sameId], (await Store.FindByBsnAsync(Some.CanaryBsn)).Select(m => m.Id).Order());
        Assert.Equal([otherId], (await Store.FindByBsnAsync("111222333")).Select(m => m.Id));
    }

    [Fact]
    public async Task InsertMessage_BegunWithRowsAheadButRolledBack_LeavesNothing()
    {
        var heen = Some.Heen();
        await using (var tx = await Store.BeginAsync([heen]))
        {
            await tx.InsertMessageAsync(heen);
        }

        await using var again = await Store.BeginAsync();
        Assert.Null(await again.FindByDedupKeyAsync(heen.DedupKey!));
    }

    [Fact]
    public async Task InsertMessage_Unclassified_KeepsNullsAndPayload()
    {
        var id = await InsertAsync(new NewMessage
        {
            Direction = MessageDirection.Inbound,
            Kind = MessageKind.Heen,
            State = MessageState.Rejected,
            Payload = "not xml"u8.ToArray(),
            EventType = MessageEventTypes.MessageRejected,
        });

        var message = await Store.GetMessageAsync(id);
        Assert.NotNull(message);
        Assert.Null(message.Standard);
        Assert.Null(message.Code);
        Assert.Null(message.DedupKey);
        Assert.Null(message.Envelope);
        Assert.Equal("not xml"u8.ToArray(), await Store.ReadPayloadAsync(id));
    }

    [Fact]
    public async Task DedupKey_ConcurrentInsertsOfSameKey_ExactlyOneWinsOthersSeeIt()
    {
        var heen = Some.Heen();
        var tasks = Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
        {
            await using var tx = await Store.BeginAsync();
            var existing = await tx.FindByDedupKeyAsync(heen.DedupKey!);
            if (existing is not null)
            {
                return (Won: false, existing.Id);
            }

            try
            {
                var id = await tx.InsertMessageAsync(heen with { Envelope = new EnvelopeReference("GGK", Guid.NewGuid().ToString()) });
                await tx.CommitAsync();
                return (Won: true, Id: id);
            }
            catch (DuplicateMessageException)
            {
                // PostgreSQL: units run side by side, so a copy may pass the lookup before the winner commits; its insert
                // then fails on the unique key and, as the pipeline does, it looks again in a fresh unit.
                await tx.DisposeAsync();
                await using var again = await Store.BeginAsync();
                return (Won: false, (await again.FindByDedupKeyAsync(heen.DedupKey!))!.Id);
            }
        })).ToArray();

        var results = await Task.WhenAll(tasks);

        Assert.Single(results, r => r.Won);
        Assert.Single(results.Select(r => r.Id).Distinct());
    }

    [Fact]
    public async Task InsertMessage_ExistingDedupKeyOrEnvelope_ThrowsDuplicateMessage()
    {
        var heen = Some.Heen();
        await InsertAsync(heen);

        await using var tx = await Store.BeginAsync();
        await Assert.ThrowsAsync<DuplicateMessageException>(() => tx.InsertMessageAsync(heen with { Envelope = null }));
        await Assert.ThrowsAsync<DuplicateMessageException>(() => tx.InsertMessageAsync(Some.Heen() with { Envelope = heen.Envelope }));
    }

    [Fact]
    public async Task InsertMessage_AfterADuplicateAndSeveralInserts_TheUnitOfWorkGoesOnAndCommitsAll()
    {
        // PostgreSQL: each insert runs under a savepoint released in the insert's own round trip; the duplicate rolls
        // back to it, so what came before and after it in the unit of work is kept.
        var heen = Some.Heen();
        await InsertAsync(heen);

        await using var tx = await Store.BeginAsync();
        var before = await tx.InsertMessageAsync(Some.Heen());
        await Assert.ThrowsAsync<DuplicateMessageException>(() => tx.InsertMessageAsync(heen with { Envelope = null }));
        var after = await tx.InsertMessageAsync(Some.Heen());
        var last = await tx.InsertMessageAsync(Some.Heen());
        await tx.CommitAsync();

        await using var check = await Store.BeginAsync();
        foreach (var id in new[] { before, after, last })
        {
            Assert.NotNull(await check.GetMessageAsync(id));
        }
    }

    [Fact]
    public async Task Transaction_DisposedWithoutCommit_LeavesNothing()
    {
        var heen = Some.Heen();
        long id;
        await using (var tx = await Store.BeginAsync())
        {
            id = await tx.InsertMessageAsync(heen);
            await tx.EnqueueDeliveryAsync(id, DeliveryDestination.Hub);
        }

        await using var check = await Store.BeginAsync();
        Assert.Null(await check.FindByDedupKeyAsync(heen.DedupKey!));
        Assert.Null(await Store.GetMessageAsync(id));
        Assert.Empty(await Store.ListDeliveriesAsync(new DeliveryQuery()));
        Assert.Empty(await Store.GetTimelineAsync(id));
    }

    [Fact]
    public async Task UpdateState_WritesEventAndRetourCodesInTheSameCall()
    {
        var id = await InsertAsync(Some.Heen());
        Time.Advance(TimeSpan.FromSeconds(5));

        await using (var tx = await Store.BeginAsync())
        {
            await tx.UpdateStateAsync(id, MessageState.Rejected, MessageEventTypes.MessageRejected, "TR018 failed", ["0001", "8001"]);
            await tx.CommitAsync();
        }

        var message = await Store.GetMessageAsync(id);
        Assert.Equal(MessageState.Rejected, message!.State);
        Assert.Equal(["0001", "8001"], message.RetourCodes);
        Assert.Equal(Time.GetUtcNow(), message.UpdatedAt);
        var timeline = await Store.GetTimelineAsync(id);
        Assert.Equal([MessageEventTypes.MessageReceived, MessageEventTypes.MessageRejected], timeline.Select(e => e.Type));
        Assert.Equal("TR018 failed", timeline[1].Detail);
    }

    [Fact]
    public async Task FindAnsweredMessage_ByStandardHeenCodeAfzenderIdentificatie()
    {
        var heen = Some.Heen();
        var heenId = await InsertAsync(heen);
        var retourId = await InsertAsync(Some.RetourTo(heenId, heen, "0200"));

        await using var tx = await Store.BeginAsync();
        var answered = await tx.FindAnsweredMessageAsync(Standard.Ijw, MessageCode.Toewijzing, "0363", heen.Identificatie!);
        var unknown = await tx.FindAnsweredMessageAsync(Standard.Iwmo, MessageCode.Toewijzing, "0363", heen.Identificatie!);
        var answers = await tx.FindAnswersAsync(heenId);

        Assert.Equal(heenId, answered?.Id);
        Assert.Null(unknown);
        Assert.Equal([retourId], answers.Select(m => m.Id));
        Assert.Equal(heen.Payload, await tx.ReadPayloadAsync(heenId));
        Assert.Null(await tx.ReadPayloadAsync(retourId + 1000));
    }

    [Fact]
    public async Task Claim_LeasesDueDeliveryOnceAndCountsTheAttempt()
    {
        var (messageId, deliveryId) = await InsertWithDeliveryAsync();

        var first = await Store.ClaimDueAsync("worker-a", 10, Lease);
        var second = await Store.ClaimDueAsync("worker-b", 10, Lease);

        var claimed = Assert.Single(first);
        Assert.Empty(second);
        Assert.Equal(new DeliveryLease(deliveryId, "worker-a", 1, Time.GetUtcNow() + Lease), claimed.Lease);
        Assert.Equal(DeliveryState.Sending, claimed.Delivery.State);
        Assert.Equal(messageId, claimed.Message.Id);
        Assert.Equal(await Store.ReadPayloadAsync(messageId), claimed.Payload);
    }

    [Fact]
    public async Task Claim_ConcurrentWorkers_NeverClaimTheSameDeliveryTwice()
    {
        var expected = new List<long>();
        for (var i = 0; i < 20; i++)
        {
            expected.Add((await InsertWithDeliveryAsync()).DeliveryId);
        }

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            var mine = new List<long>();
            while (true)
            {
                var batch = await Store.ClaimDueAsync($"worker-{w}", 3, Lease);
                if (batch.Count == 0)
                {
                    return mine;
                }

                mine.AddRange(batch.Select(c => c.Lease.DeliveryId));
            }
        })));

        var all = claims.SelectMany(c => c).Order().ToList();
        Assert.Equal(expected, all);
    }

    [Fact]
    public async Task Claim_NotYetDue_IsNotClaimed()
    {
        await using (var tx = await Store.BeginAsync())
        {
            var id = await tx.InsertMessageAsync(Some.Heen());
            await tx.EnqueueDeliveryAsync(id, DeliveryDestination.Hub, Time.GetUtcNow().AddMinutes(5));
            await tx.CommitAsync();
        }

        Assert.Empty(await Store.ClaimDueAsync("w", 10, Lease));
        Time.Advance(TimeSpan.FromMinutes(5));
        Assert.Single(await Store.ClaimDueAsync("w", 10, Lease));
    }

    [Fact]
    public async Task Complete_StaleAttemptAfterReclaim_IsRejected()
    {
        var (messageId, deliveryId) = await InsertWithDeliveryAsync();
        var stale = Assert.Single(await Store.ClaimDueAsync("worker-a", 10, Lease)).Lease;
        Time.Advance(Lease + TimeSpan.FromSeconds(1));
        var current = Assert.Single(await Store.ClaimDueAsync("worker-b", 10, Lease)).Lease;

        Assert.Equal(2, current.Attempt);
        Assert.False(await Store.MarkDeliveredAsync(stale));
        Assert.False(await Store.ScheduleRetryAsync(stale, DeliveryFailureKind.Transient, "late", Time.GetUtcNow()));
        Assert.False(await Store.DeadLetterAsync(stale, DeliveryFailureKind.Permanent, "late"));
        Assert.True(await Store.MarkDeliveredAsync(current, new StateTransition(MessageState.Received, MessageState.Sent)));
        Assert.False(await Store.MarkDeliveredAsync(current));

        var details = await Store.GetDeliveryAsync(deliveryId);
        Assert.Equal(DeliveryState.Delivered, details!.Delivery.State);
        Assert.Equal([DeliveryAttemptOutcome.LeaseExpired, DeliveryAttemptOutcome.Delivered], details.Attempts.Select(a => a.Outcome));
        Assert.Equal(MessageState.Sent, (await Store.GetMessageAsync(messageId))!.State);
        Assert.Single(await Store.GetTimelineAsync(messageId), e => e.Type == MessageEventTypes.MessageDelivered);
    }

    [Fact]
    public async Task ReleaseExpiredLeases_PutsDeliveryBackToPendingAndRecordsTheExpiredAttempt()
    {
        var (messageId, deliveryId) = await InsertWithDeliveryAsync();
        await Store.ClaimDueAsync("crashed-worker", 10, Lease);

        Assert.Equal(0, await Store.ReleaseExpiredLeasesAsync());
        Time.Advance(Lease);
        Assert.Equal(1, await Store.ReleaseExpiredLeasesAsync());
        Assert.Equal(0, await Store.ReleaseExpiredLeasesAsync());

        var details = await Store.GetDeliveryAsync(deliveryId);
        Assert.Equal(DeliveryState.Pending, details!.Delivery.State);
        Assert.Null(details.Delivery.LeaseOwner);
        Assert.Equal(DeliveryAttemptOutcome.LeaseExpired, Assert.Single(details.Attempts).Outcome);
        Assert.Contains(await Store.GetTimelineAsync(messageId), e => e.Type == MessageEventTypes.LeaseExpired);
        Assert.Equal(2, Assert.Single(await Store.ClaimDueAsync("w", 10, Lease)).Lease.Attempt);
    }

    [Fact]
    public async Task ReleaseLeasesAtStart_EveryHeldLeaseBackAtOnce_StaleAttemptFencedAndAudited()
    {
        var deliveries = new List<(long MessageId, long DeliveryId)>();
        for (var i = 0; i < 5; i++)
        {
            deliveries.Add(await InsertWithDeliveryAsync());
        }

        var held = await Store.ClaimDueAsync("dead-run:1", 3, Lease);
        Assert.Equal(3, held.Count);

        // No time passes: the leases are far from expiry, yet a start takes them back.
        Assert.Equal(3, await Store.ReleaseLeasesAtStartAsync());
        Assert.Equal(0, await Store.ReleaseLeasesAtStartAsync());
        Assert.Equal(0, await Store.ReleaseExpiredLeasesAsync());

        foreach (var claimed in held)
        {
            var details = await Store.GetDeliveryAsync(claimed.Lease.DeliveryId);
            Assert.Equal(DeliveryState.Pending, details!.Delivery.State);
            Assert.Null(details.Delivery.LeaseOwner);
            Assert.Equal(1, details.Delivery.Attempts);
            var attempt = Assert.Single(details.Attempts);
            Assert.Equal((DeliveryAttemptOutcome.Abandoned, "dead-run:1"), (attempt.Outcome, attempt.LeaseOwner));
            Assert.Single(await Store.GetTimelineAsync(claimed.Message.Id), e => e.Type == MessageEventTypes.LeaseReleasedAtStart && e.Detail!.Contains("dead-run:1", StringComparison.Ordinal));
            Assert.False(await Store.MarkDeliveredAsync(claimed.Lease));
        }

        // The next run may carry the same owner name (a container's PID 1): the attempt number still fences the dead one out.
        var again = await Store.ClaimDueAsync("dead-run:1", 10, Lease);
        Assert.Equal(5, again.Count);
        Assert.Equal([1, 1, 2, 2, 2], again.Select(c => c.Lease.Attempt).Order());
        foreach (var claimed in held)
        {
            Assert.False(await Store.ScheduleRetryAsync(claimed.Lease, DeliveryFailureKind.Transient, "late", Time.GetUtcNow()));
        }

        foreach (var claimed in again)
        {
            Assert.True(await Store.MarkDeliveredAsync(claimed.Lease));
        }
    }

    [Fact]
    public async Task ReleaseLeasesOfEarlierRuns_OnlyThisInstancesDeadRuns_OthersAndTheCurrentRunKeepTheirs()
    {
        for (var i = 0; i < 4; i++)
        {
            await InsertWithDeliveryAsync();
        }

        var dead = Assert.Single(await Store.ClaimDueAsync("gateway-1#dead", 1, Lease));
        var current = Assert.Single(await Store.ClaimDueAsync("gateway-1#current", 1, Lease));
        var other = Assert.Single(await Store.ClaimDueAsync("gateway-10#live", 1, Lease));
        var unnamed = Assert.Single(await Store.ClaimDueAsync("host:42:abcdef12", 1, Lease));

        Assert.Equal(1, await Store.ReleaseLeasesOfEarlierRunsAsync("gateway-1#", "gateway-1#current"));
        Assert.Equal(0, await Store.ReleaseLeasesOfEarlierRunsAsync("gateway-1#", "gateway-1#current"));

        Assert.Equal(DeliveryState.Pending, (await Store.GetDeliveryAsync(dead.Lease.DeliveryId))!.Delivery.State);
        Assert.Contains(await Store.GetTimelineAsync(dead.Message.Id), e => e.Type == MessageEventTypes.LeaseReleasedAtStart);
        Assert.False(await Store.MarkDeliveredAsync(dead.Lease));
        foreach (var live in new[] { current, other, unnamed })
        {
            Assert.True(await Store.MarkDeliveredAsync(live.Lease), $"the lease of {live.Lease.Owner} was taken");
        }
    }

    [Fact]
    public async Task ReleaseLeasesOfOwner_OnlyThatRunsLeasesBackAtOnce_AttemptKeptAndFenced()
    {
        for (var i = 0; i < 3; i++)
        {
            await InsertWithDeliveryAsync();
        }

        var stopping = await Store.ClaimDueAsync("gateway-1#stopping", 2, Lease);
        var other = Assert.Single(await Store.ClaimDueAsync("gateway-2#live", 1, Lease));

        // No time passes: the leases are far from expiry, yet a clean stop gives them back.
        Assert.Equal(2, await Store.ReleaseLeasesOfOwnerAsync("gateway-1#stopping"));
        Assert.Equal(0, await Store.ReleaseLeasesOfOwnerAsync("gateway-1#stopping"));

        foreach (var claimed in stopping)
        {
            var details = await Store.GetDeliveryAsync(claimed.Lease.DeliveryId);
            Assert.Equal((DeliveryState.Pending, null, 1), (details!.Delivery.State, details.Delivery.LeaseOwner, details.Delivery.Attempts));
            Assert.Equal(DeliveryAttemptOutcome.Abandoned, Assert.Single(details.Attempts).Outcome);
            Assert.Single(await Store.GetTimelineAsync(claimed.Message.Id), e => e.Type == MessageEventTypes.LeaseReleasedAtStop && e.Detail!.Contains("gateway-1#stopping", StringComparison.Ordinal));
            Assert.False(await Store.MarkDeliveredAsync(claimed.Lease));
        }

        Assert.True(await Store.MarkDeliveredAsync(other.Lease));
        var taken = await Store.ClaimDueAsync("gateway-2#live", 10, Lease);
        Assert.Equal([2, 2], taken.Select(c => c.Lease.Attempt));
    }

    [Fact]
    public async Task GiveBack_ClaimedButUnsent_PendingAtOnceAttemptNotCounted_StaleOnceGiven()
    {
        var (messageId, deliveryId) = await InsertWithDeliveryAsync();
        var first = Assert.Single(await Store.ClaimDueAsync("gateway-1#stopping", 1, Lease));

        Assert.True(await Store.GiveBackAsync(first.Lease, "the instance stops"));
        Assert.False(await Store.GiveBackAsync(first.Lease, "the instance stops"));

        var details = await Store.GetDeliveryAsync(deliveryId);
        Assert.Equal((DeliveryState.Pending, null, 0), (details!.Delivery.State, details.Delivery.LeaseOwner, details.Delivery.Attempts));
        Assert.Empty(details.Attempts);
        var givenBack = Assert.Single(await Store.GetTimelineAsync(messageId), e => e.Type == MessageEventTypes.DeliveryGivenBack);
        Assert.Contains("(the instance stops)", givenBack.Detail, StringComparison.Ordinal);

        // Another instance claims it at once, as attempt 1; the given-back lease stays fenced out (its owner differs).
        var next = Assert.Single(await Store.ClaimDueAsync("gateway-2#live", 1, Lease));
        Assert.Equal(1, next.Lease.Attempt);
        Assert.False(await Store.MarkDeliveredAsync(first.Lease));
        Assert.True(await Store.MarkDeliveredAsync(next.Lease));
    }

    [Fact]
    public async Task Claim_FailingDeliveryScheduledLater_DoesNotBlockOthers()
    {
        var (_, poison) = await InsertWithDeliveryAsync();
        var poisonLease = Assert.Single(await Store.ClaimDueAsync("w", 10, Lease)).Lease;
        Assert.True(await Store.ScheduleRetryAsync(poisonLease, DeliveryFailureKind.Transient, "HTTP 503", Time.GetUtcNow().AddHours(1)));
        var (_, second) = await InsertWithDeliveryAsync();
        var (_, third) = await InsertWithDeliveryAsync();

        var claimed = await Store.ClaimDueAsync("w", 10, Lease);

        Assert.Equal([second, third], claimed.Select(c => c.Lease.DeliveryId));
    }

    [Fact]
    public async Task Claim_RespectsMaxAndOrdersByNextAttemptTime()
    {
        var ids = new List<long>();
        await using (var tx = await Store.BeginAsync())
        {
            foreach (var minutesAgo in new[] { 1, 3, 2 })
            {
                var id = await tx.InsertMessageAsync(Some.Heen());
                ids.Add(await tx.EnqueueDeliveryAsync(id, DeliveryDestination.BackOffice("0363"), Time.GetUtcNow().AddMinutes(-minutesAgo)));
            }

            await tx.CommitAsync();
        }

        var claimed = await Store.ClaimDueAsync("w", 2, Lease);

        Assert.Equal([ids[1], ids[2]], claimed.Select(c => c.Lease.DeliveryId));
        Assert.Equal(DeliveryDestination.BackOffice("0363"), claimed[0].Delivery.Destination);
    }

    [Fact]
    public async Task ScheduleRetry_PersistsNextAttemptErrorAndKind()
    {
        var (messageId, deliveryId) = await InsertWithDeliveryAsync();
        var lease = Assert.Single(await Store.ClaimDueAsync("w", 10, Lease)).Lease;
        var next = Time.GetUtcNow().AddMinutes(7);

        Assert.True(await Store.ScheduleRetryAsync(lease, DeliveryFailureKind.Transient, "HTTP 503 from hub", next));

        var details = await Store.GetDeliveryAsync(deliveryId);
        Assert.Equal(DeliveryState.Pending, details!.Delivery.State);
        Assert.Equal(next, details.Delivery.NextAttemptAt);
        Assert.Equal("HTTP 503 from hub", details.Delivery.LastError);
        Assert.Equal(DeliveryFailureKind.Transient, details.Delivery.LastFailureKind);
        var attempt = Assert.Single(details.Attempts);
        Assert.Equal((DeliveryAttemptOutcome.Failed, DeliveryFailureKind.Transient, "HTTP 503 from hub"), (attempt.Outcome, attempt.FailureKind, attempt.Error));
        Assert.Contains(await Store.GetTimelineAsync(messageId), e => e.Type == MessageEventTypes.DeliveryFailed);
        Time.Advance(TimeSpan.FromMinutes(6));
        Assert.Empty(await Store.ClaimDueAsync("w", 10, Lease));
        Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Single(await Store.ClaimDueAsync("w", 10, Lease));
    }

    [Fact]
    public async Task DeadLetter_KeepsBytesReasonAndAttemptHistory()
    {
        var (messageId, deliveryId) = await InsertWithDeliveryAsync();
        var payload = await Store.ReadPayloadAsync(messageId);
        var first = Assert.Single(await Store.ClaimDueAsync("w", 10, Lease)).Lease;
        await Store.ScheduleRetryAsync(first, DeliveryFailureKind.Transient, "timeout", Time.GetUtcNow());
        var second = Assert.Single(await Store.ClaimDueAsync("w", 10, Lease)).Lease;

        Assert.True(await Store.DeadLetterAsync(second, DeliveryFailureKind.Permanent, "Fo01 IB005"));

        var details = await Store.GetDeliveryAsync(deliveryId);
        Assert.Equal(DeliveryState.DeadLettered, details!.Delivery.State);
        Assert.Equal("Fo01 IB005", details.Delivery.LastError);
        Assert.Equal(DeliveryFailureKind.Permanent, details.Delivery.LastFailureKind);
        Assert.Equal(Time.GetUtcNow(), details.Delivery.FinishedAt);
        Assert.Equal(["timeout", "Fo01 IB005"], details.Attempts.Select(a => a.Error));
        Assert.Equal(payload, await Store.ReadPayloadAsync(messageId));
        Assert.Contains(await Store.GetTimelineAsync(messageId), e => e.Type == MessageEventTypes.MessageDeadLettered && e.Detail!.Contains("IB005", StringComparison.Ordinal));
        Assert.Empty(await Store.ClaimDueAsync("w", 10, Lease));
    }

    [Fact]
    public async Task Replay_DeadLetteredDelivery_BackToPendingWithHistoryKept()
    {
        var (messageId, deliveryId) = await InsertWithDeliveryAsync();
        var lease = Assert.Single(await Store.ClaimDueAsync("w", 10, Lease)).Lease;
        await Store.DeadLetterAsync(lease, DeliveryFailureKind.Permanent, "HTTP 400");
        Time.Advance(TimeSpan.FromHours(3));

        Assert.True(await Store.ReplayAsync(deliveryId, "alice"));
        Assert.False(await Store.ReplayAsync(deliveryId, "alice"));

        var delivery = (await Store.GetDeliveryAsync(deliveryId))!.Delivery;
        Assert.Equal(DeliveryState.Pending, delivery.State);
        Assert.Equal(Time.GetUtcNow(), delivery.HorizonStartedAt);
        Assert.Null(delivery.FinishedAt);
        var replayed = Assert.Single(await Store.GetTimelineAsync(messageId), e => e.Type == MessageEventTypes.MessageReplayed);
        Assert.Equal("alice", replayed.Actor);
        var again = Assert.Single(await Store.ClaimDueAsync("w", 10, Lease));
        Assert.Equal(2, again.Lease.Attempt);
        Assert.True(await Store.MarkDeliveredAsync(again.Lease));
        Assert.Equal(2, (await Store.GetDeliveryAsync(deliveryId))!.Attempts.Count);
    }

    [Fact]
    public async Task Purge_DeadLetters_ByIdAndByAge_KeepsMessageAndWritesEvent()
    {
        var (m1, d1) = await InsertWithDeliveryAsync();
        var (_, d2) = await InsertWithDeliveryAsync();
        var (_, d3) = await InsertWithDeliveryAsync();
        foreach (var claimed in await Store.ClaimDueAsync("w", 10, Lease))
        {
            if (claimed.Lease.DeliveryId == d3)
            {
                await Store.MarkDeliveredAsync(claimed.Lease);
            }
            else
            {
                await Store.DeadLetterAsync(claimed.Lease, DeliveryFailureKind.Permanent, "HTTP 404");
            }
        }

        Assert.False(await Store.PurgeAsync(d3, "bob"));
        Assert.True(await Store.PurgeAsync(d1, "bob"));
        Assert.Equal(0, await Store.PurgeDeadLettersAsync(Time.GetUtcNow(), "bob"));
        Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await Store.PurgeDeadLettersAsync(Time.GetUtcNow(), "bob"));

        Assert.Null(await Store.GetDeliveryAsync(d1));
        Assert.Null(await Store.GetDeliveryAsync(d2));
        Assert.NotNull(await Store.GetDeliveryAsync(d3));
        Assert.NotNull(await Store.GetMessageAsync(m1));
        Assert.Contains(await Store.GetTimelineAsync(m1), e => e.Type == MessageEventTypes.DeliveryPurged && e.Actor == "bob");
    }

    [Fact]
    public async Task ListDeliveries_FiltersByStateAndDestinationWithKeysetPaging()
    {
        var ids = new List<long>();
        await using (var tx = await Store.BeginAsync())
        {
            for (var i = 0; i < 5; i++)
            {
                var id = await tx.InsertMessageAsync(Some.Heen());
                ids.Add(await tx.EnqueueDeliveryAsync(id, i % 2 == 0 ? DeliveryDestination.Hub : DeliveryDestination.BackOffice("0599")));
            }

            await tx.CommitAsync();
        }

        var page1 = await Store.ListDeliveriesAsync(new DeliveryQuery(DeliveryState.Pending, DeliveryDestination.Hub, Limit: 2));
        var page2 = await Store.ListDeliveriesAsync(new DeliveryQuery(DeliveryState.Pending, DeliveryDestination.Hub, AfterId: page1[^1].Id, Limit: 2));
        var backOffice = await Store.ListDeliveriesAsync(new DeliveryQuery(Destination: DeliveryDestination.BackOffice("0599")));
        var sending = await Store.ListDeliveriesAsync(new DeliveryQuery(DeliveryState.Sending));

        Assert.Equal([ids[0], ids[2]], page1.Select(d => d.Id));
        Assert.Equal([ids[4]], page2.Select(d => d.Id));
        Assert.Equal([ids[1], ids[3]], backOffice.Select(d => d.Id));
        Assert.Empty(sending);
    }

    [Fact]
    public async Task QueueDepthAndOldestAge_ReflectPendingWork()
    {
        Assert.Null(await Store.GetOldestPendingAgeAsync());
        await InsertWithDeliveryAsync();
        Time.Advance(TimeSpan.FromMinutes(10));
        await InsertWithDeliveryAsync(DeliveryDestination.BackOffice("0363"));
        await InsertWithDeliveryAsync(DeliveryDestination.BackOffice("0363"));
        Time.Advance(TimeSpan.FromMinutes(5));

        var depth = await Store.GetQueueDepthAsync();

        Assert.Contains(new QueueDepth(DeliveryState.Pending, DeliveryDestination.Hub, 1, Time.Start), depth);
        Assert.Contains(new QueueDepth(DeliveryState.Pending, DeliveryDestination.BackOffice("0363"), 2, Time.Start.AddMinutes(10)), depth);
        Assert.Equal(TimeSpan.FromMinutes(15), await Store.GetOldestPendingAgeAsync());
    }

    [Fact]
    public async Task Timeline_ListsEventsOfOneMessageInOrder()
    {
        var (messageId, _) = await InsertWithDeliveryAsync();
        Time.Advance(TimeSpan.FromSeconds(1));
        await using (var tx = await Store.BeginAsync())
        {
            await tx.AddEventAsync(messageId, "LedgerApplied", "2 toewijzingen", "pipeline");
            await tx.CommitAsync();
        }

        var timeline = await Store.GetTimelineAsync(messageId);

        Assert.Equal([MessageEventTypes.MessageReceived, MessageEventTypes.DeliveryQueued, "LedgerApplied"], timeline.Select(e => e.Type));
        Assert.All(timeline, e => Assert.Equal(messageId, e.MessageId));
        Assert.Equal("pipeline", timeline[2].Actor);
    }

    [Fact]
    public async Task Chain_FollowsCorrelationAndChainKeys()
    {
        var toewijzing = Some.Heen(chainKey: "ijw:0363:toewijzing:42");
        var toewijzingId = await InsertAsync(toewijzing);
        var retourId = await InsertAsync(Some.RetourTo(toewijzingId, toewijzing, "0200"));
        var start = Some.Heen(afzender: "12345678", code: MessageCode.Start, chainKey: "ijw:0363:toewijzing:42");
        var startId = await InsertAsync(start);
        var startRetourId = await InsertAsync(Some.RetourTo(startId, start, "0200"));
        var unrelated = await InsertAsync(Some.Heen(chainKey: "ijw:0363:toewijzing:43"));

        var chain = await Store.GetChainAsync(startRetourId);

        Assert.Equal([toewijzingId, retourId, startId, startRetourId], chain.Messages.Select(m => m.Id));
        Assert.DoesNotContain(chain.Events, e => e.MessageId == unrelated);
        Assert.Equal(4, chain.Events.Count(e => e.Type is MessageEventTypes.MessageReceived or MessageEventTypes.AnswerQueued));
    }

    [Fact]
    public async Task FindByBsn_FindsMessagesCarryingIt()
    {
        var withCanary = await InsertAsync(Some.Heen());
        var other = await InsertAsync(Some.Heen(bsn: "111222333"));
        var alsoCanary = await InsertAsync(Some.Heen());

        var found = await Store.FindByBsnAsync(Some.CanaryBsn);

        Assert.Equal([alsoCanary, withCanary], found.Select(m => m.Id));
        Assert.Equal([other], (await Store.FindByBsnAsync(" 111222333 ")).Select(m => m.Id));
        Assert.Empty(await Store.FindByBsnAsync("123456782"));
    }

    [Fact]
    public async Task ViewMessage_DecryptsAndAuditsTheOperator()
    {
        var heen = Some.Heen();
        var id = await InsertAsync(heen);

        var view = await Store.ViewMessageAsync(id, "carol");

        Assert.Equal(heen.Payload.ToArray(), view!.Payload);
        var viewed = Assert.Single(await Store.GetTimelineAsync(id), e => e.Type == MessageEventTypes.MessageViewed);
        Assert.Equal("carol", viewed.Actor);
        Assert.Null(await Store.ViewMessageAsync(id + 1000, "carol"));
    }

    [Fact]
    public async Task Counters_CountStatesEventsAndRetourCodes()
    {
        var accepted = Some.Heen();
        var acceptedId = await InsertAsync(accepted);
        await InsertAsync(Some.RetourTo(acceptedId, accepted, "0200"));
        var rejected = Some.Heen();
        var rejectedId = await InsertAsync(rejected);
        await InsertAsync(Some.RetourTo(rejectedId, rejected, "0001", "8001"));
        await using (var tx = await Store.BeginAsync())
        {
            await tx.UpdateStateAsync(acceptedId, MessageState.Accepted, MessageEventTypes.MessageAccepted);
            await tx.UpdateStateAsync(rejectedId, MessageState.Rejected, MessageEventTypes.MessageRejected, retourCodes: ["0001", "8001"]);
            await tx.AddEventAsync(rejectedId, MessageEventTypes.RuleRejected, "TR019 9019");
            await tx.AddEventAsync(rejectedId, MessageEventTypes.RuleRejected, "CT01 S329");
            await tx.AddEventAsync(acceptedId, MessageEventTypes.RuleRejected, "TR019 9019");
            await tx.CommitAsync();
        }

        var counters = await Store.GetCountersAsync();

        Assert.Equal(1, counters.MessagesByState[MessageState.Accepted]);
        Assert.Equal(1, counters.MessagesByState[MessageState.Rejected]);
        Assert.Equal(2, counters.MessagesByState[MessageState.Queued]);
        Assert.Equal(2, counters.EventsByType[MessageEventTypes.MessageReceived]);
        Assert.Equal(1, counters.EventsByType[MessageEventTypes.MessageRejected]);
        Assert.Equal(1, counters.MessagesByRetourCode["0200"]);
        Assert.Equal(2, counters.MessagesByRetourCode["0001"]);
        Assert.Equal(2, counters.MessagesByRetourCode["8001"]);
        // The received heen-berichten by the codes of their answer; the stored answers themselves are not counted again.
        Assert.Equal(new Dictionary<string, long> { ["0001"] = 1, ["8001"] = 1 }, counters.AnswersByRetourCode);
        Assert.Equal(new Dictionary<string, long> { ["TR019 9019"] = 2, ["CT01 S329"] = 1 }, counters.RuleRejections);
    }

    [Fact]
    public async Task EventDetailAndErrors_BsnLikeNumbersAreMasked()
    {
        var (messageId, deliveryId) = await InsertWithDeliveryAsync();
        await using (var tx = await Store.BeginAsync())
        {
            await tx.AddEventAsync(messageId, "Noted", $"client {Some.CanaryBsn} seen, gemeente 0363");
            await tx.CommitAsync();
        }

        var lease = Assert.Single(await Store.ClaimDueAsync("w", 10, Lease)).Lease;
        await Store.DeadLetterAsync(lease, DeliveryFailureKind.Permanent, $"hub said {Some.CanaryBsn} unknown");

        var texts = (await Store.GetTimelineAsync(messageId)).Select(e => e.Detail ?? "")
            .Append((await Store.GetDeliveryAsync(deliveryId))!.Delivery.LastError!);
        Assert.All(texts, t => Assert.DoesNotContain(Some.CanaryBsn, t, StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("client ********* seen, gemeente 0363", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Retention_DeletesOldPayloadsKeepsDedupKeysAndOpenWork()
    {
        var old = Some.Heen();
        var oldId = await InsertAsync(old);
        var (openId, _) = await InsertWithDeliveryAsync();
        Time.Advance(TimeSpan.FromDays(100));
        var recentId = await InsertAsync(Some.Heen());
        var policy = new RetentionPolicy(TimeSpan.FromDays(90), TimeSpan.FromDays(400));

        var result = await Store.SweepRetentionAsync(policy);

        Assert.Equal(new RetentionResult(1, 0), result);
        Assert.Null(await Store.ReadPayloadAsync(oldId));
        Assert.False((await Store.GetMessageAsync(oldId))!.HasPayload);
        Assert.NotNull(await Store.ReadPayloadAsync(openId));
        Assert.NotNull(await Store.ReadPayloadAsync(recentId));
        Assert.Contains(await Store.GetTimelineAsync(oldId), e => e.Type == MessageEventTypes.PayloadPurged);
        await using (var tx = await Store.BeginAsync())
        {
            Assert.Equal(oldId, (await tx.FindByDedupKeyAsync(old.DedupKey!))?.Id);
            Assert.Null(await tx.ReadPayloadAsync(oldId));
        }

        Time.Advance(TimeSpan.FromDays(301));
        Assert.Equal(new RetentionResult(1, 1), await Store.SweepRetentionAsync(policy));
        Assert.Null(await Store.GetMessageAsync(oldId));
        Assert.NotNull(await Store.GetMessageAsync(openId));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.SweepRetentionAsync(new RetentionPolicy(TimeSpan.FromDays(1), TimeSpan.FromDays(30))));
    }

    [Fact]
    public async Task Retention_MorePayloadsThanOnePart_AllPurgedThenAllDeleted()
    {
        // More messages than one part holds (500), and two payloads that together pass a part's 32 MiB.
        var ids = new List<long>();
        await using (var tx = await Store.BeginAsync())
        {
            for (var i = 0; i < 1_100; i++)
            {
                ids.Add(await tx.InsertMessageAsync(Some.Heen()));
            }

            await tx.CommitAsync();
        }

        foreach (var size in new[] { 20, 21 })
        {
            ids.Add(await InsertAsync(Some.Heen() with { Payload = new byte[size * 1024 * 1024] }));
        }

        var policy = new RetentionPolicy(TimeSpan.FromDays(90), TimeSpan.FromDays(400));
        Time.Advance(TimeSpan.FromDays(100));

        Assert.Equal(new RetentionResult(ids.Count, 0), await Store.SweepRetentionAsync(policy));
        foreach (var id in new[] { ids[0], ids[499], ids[500], ids[1_099], ids[^2], ids[^1] })
        {
            Assert.False((await Store.GetMessageAsync(id))!.HasPayload);
            Assert.Single(await Store.GetTimelineAsync(id), e => e.Type == MessageEventTypes.PayloadPurged);
        }

        Time.Advance(TimeSpan.FromDays(301));
        Assert.Equal(new RetentionResult(0, ids.Count), await Store.SweepRetentionAsync(policy));
        Assert.Null(await Store.GetMessageAsync(ids[^1]));
        Assert.Equal(new RetentionResult(0, 0), await Store.SweepRetentionAsync(policy));
    }

    [Fact]
    public async Task InsertMessage_BsnInIdentifiers_LookupsExactShownFormsMasked()
    {
        var bsn = Some.CanaryBsn;
        var heen = Some.Heen(identificatie: bsn) with { Envelope = new EnvelopeReference(bsn, bsn, "x" + bsn) };
        var id = await InsertAsync(heen);

        await using var tx = await Store.BeginAsync();
        var byKey = await tx.FindByDedupKeyAsync(heen.DedupKey!);
        var byEnvelope = await tx.FindByEnvelopeAsync(bsn, bsn);

        Assert.Equal(id, byKey?.Id);
        Assert.Equal(id, byEnvelope?.Id);
        Assert.Null(await tx.FindByEnvelopeAsync(bsn, "999990020"));
        // The gateway's own use gets the exact envelope back (to send again); what an operator may see is masked.
        Assert.Equal(heen.Envelope, byKey!.Envelope);
        Assert.Equal(new EnvelopeReference("*********", "*********", "x*********"), byKey.ShownEnvelope);
        Assert.Equal("*********", byKey.Identificatie);
        Assert.Equal("ijw|301|0363|*********", byKey.DedupKey);
    }

    [Fact]
    public async Task InsertMessage_KeepsContentHashAndSizeAfterPayloadPurged()
    {
        var heen = Some.Heen();
        var id = await InsertAsync(heen);
        Time.Advance(TimeSpan.FromDays(100));

        await Store.SweepRetentionAsync(new RetentionPolicy(TimeSpan.FromDays(90), TimeSpan.FromDays(400)));

        var message = (await Store.GetMessageAsync(id))!;
        Assert.False(message.HasPayload);
        Assert.Equal(ContentHash.Of(heen.Payload.Span), message.ContentHash);
        Assert.Equal(heen.Payload.Length, message.PayloadSize);
    }

    [Fact]
    public async Task Retention_RefusedPayloadPastShortTerm_KeepsFirstKbHashSizeAndReason()
    {
        var big = new byte[5000];
        Array.Fill(big, (byte)'x');
        var refused = new NewMessage
        {
            Direction = MessageDirection.Inbound,
            Kind = MessageKind.Heen,
            State = MessageState.Rejected,
            Payload = big,
            Refused = true,
            EventType = MessageEventTypes.MessageRejected,
            EventDetail = "StUF055: not an iStandaarden message",
        };
        var refusedId = await InsertAsync(refused);
        var acceptedId = await InsertAsync(Some.Heen() with { Payload = big });
        var policy = new RetentionPolicy(TimeSpan.FromDays(90), TimeSpan.FromDays(400)) { RefusedPayloadAge = TimeSpan.FromDays(7) };

        Time.Advance(TimeSpan.FromDays(6));
        Assert.Equal(0, (await Store.SweepRetentionAsync(policy)).PayloadsTrimmed);
        Assert.Equal(5000, (await Store.ReadPayloadAsync(refusedId))!.Length);

        Time.Advance(TimeSpan.FromDays(2));
        Assert.Equal(new RetentionResult(0, 0) { PayloadsTrimmed = 1 }, await Store.SweepRetentionAsync(policy));
        Assert.Equal(0, (await Store.SweepRetentionAsync(policy)).PayloadsTrimmed);

        var message = (await Store.GetMessageAsync(refusedId))!;
        Assert.Equal(big.AsSpan(0, RetentionPolicy.RefusedPayloadPrefix).ToArray(), await Store.ReadPayloadAsync(refusedId));
        Assert.True(message.HasPayload);
        Assert.True(message.PayloadTrimmed);
        Assert.Equal(ContentHash.Of(big), message.ContentHash);
        Assert.Equal(5000, message.PayloadSize);
        var timeline = await Store.GetTimelineAsync(refusedId);
        Assert.Contains(timeline, e => e.Type == MessageEventTypes.MessageRejected && e.Detail!.Contains("StUF055", StringComparison.Ordinal));
        Assert.Contains(timeline, e => e.Type == MessageEventTypes.PayloadTrimmed && e.Detail!.Contains("1024 of 5000 bytes", StringComparison.Ordinal));
        // Only refused payloads are cut early; the others keep theirs for the full payload term.
        Assert.Equal(big, await Store.ReadPayloadAsync(acceptedId));
        Assert.False((await Store.GetMessageAsync(acceptedId))!.PayloadTrimmed);
    }

    [Fact]
    public async Task InsertMessage_KeepOnlyPrefix_StoresFirstKbAtOnceWithHashAndSizeOfTheWhole()
    {
        var big = new byte[5000];
        Array.Fill(big, (byte)'y');
        var small = new byte[300];
        var refusedId = await InsertAsync(new NewMessage
        {
            Direction = MessageDirection.Inbound,
            Kind = MessageKind.Heen,
            State = MessageState.Rejected,
            Payload = big,
            Refused = true,
            KeepOnlyPrefix = true,
            EventType = MessageEventTypes.SenderRefused,
            EventDetail = "zender 99999999 is not in the sender map",
        });
        var smallId = await InsertAsync(Some.Heen() with { Payload = small, Refused = true, KeepOnlyPrefix = true });

        var message = (await Store.GetMessageAsync(refusedId))!;
        Assert.Equal(big.AsSpan(0, RetentionPolicy.RefusedPayloadPrefix).ToArray(), await Store.ReadPayloadAsync(refusedId));
        Assert.True(message.PayloadTrimmed);
        Assert.Equal(ContentHash.Of(big), message.ContentHash);
        Assert.Equal(5000, message.PayloadSize);
        // A payload within the prefix is kept whole and not marked as cut.
        Assert.Equal(small, await Store.ReadPayloadAsync(smallId));
        Assert.False((await Store.GetMessageAsync(smallId))!.PayloadTrimmed);
    }

    [Fact]
    public async Task Restart_EverythingStillThere()
    {
        var heen = Some.Heen();
        var (messageId, deliveryId) = await InsertWithDeliveryAsync(message: heen);
        var lease = Assert.Single(await Store.ClaimDueAsync("w", 10, Lease)).Lease;
        await Store.ScheduleRetryAsync(lease, DeliveryFailureKind.Transient, "HTTP 503", Time.GetUtcNow().AddMinutes(1));

        Store = await ReopenStoreAsync(Store, Time);

        await using (var tx = await Store.BeginAsync())
        {
            Assert.Equal(messageId, (await tx.FindByDedupKeyAsync(heen.DedupKey!))?.Id);
        }

        Assert.Equal(heen.Payload.ToArray(), await Store.ReadPayloadAsync(messageId));
        var details = await Store.GetDeliveryAsync(deliveryId);
        Assert.Equal((DeliveryState.Pending, 1), (details!.Delivery.State, details.Delivery.Attempts));
        Assert.Single(details.Attempts);
        Assert.Equal([messageId], (await Store.FindByBsnAsync(Some.CanaryBsn)).Select(m => m.Id));
        Assert.Equal(3, (await Store.GetTimelineAsync(messageId)).Count);
        Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(2, Assert.Single(await Store.ClaimDueAsync("w", 10, Lease)).Lease.Attempt);
    }

    [Fact]
    public async Task Migrate_IsIdempotent()
    {
        var first = await Store.MigrateAsync();
        var id = await InsertAsync(Some.Heen());
        var second = await Store.MigrateAsync();
        Store = await ReopenStoreAsync(Store, Time);
        var third = await Store.MigrateAsync();

        Assert.True(first >= 1);
        Assert.Equal(first, second);
        Assert.Equal(first, third);
        Assert.NotNull(await Store.GetMessageAsync(id));
    }

    [Fact]
    public async Task IntegrityCheck_OnAStoreInUse_IsOk()
    {
        await InsertWithDeliveryAsync();
        var heen = Some.Heen();
        var heenId = await InsertAsync(heen);
        await InsertAsync(Some.RetourTo(heenId, heen, "0200"));

        var report = await Store.CheckIntegrityAsync();

        Assert.True(report.IsOk, string.Join("; ", report.Problems));
    }

    private protected async Task<long> InsertAsync(NewMessage message)
    {
        await using var tx = await Store.BeginAsync();
        var id = await tx.InsertMessageAsync(message);
        await tx.CommitAsync();
        return id;
    }

    [Fact]
    public async Task MarkDelivered_MessageMovedOnWhileSending_KeepsTheNewerState()
    {
        var (messageId, _) = await InsertWithDeliveryAsync();
        var lease = Assert.Single(await Store.ClaimDueAsync("worker-a", 10, Lease)).Lease;
        await using (var tx = await Store.BeginAsync())
        {
            // The answer arrived and was correlated while the delivery was still being recorded.
            await tx.UpdateStateAsync(messageId, MessageState.Answered, MessageEventTypes.MessageAnswered);
            await tx.CommitAsync();
        }

        Assert.True(await Store.MarkDeliveredAsync(lease, new StateTransition(MessageState.Received, MessageState.Sent)));

        Assert.Equal(MessageState.Answered, (await Store.GetMessageAsync(messageId))!.State);
    }

    private protected async Task<(long MessageId, long DeliveryId)> InsertWithDeliveryAsync(DeliveryDestination? destination = null, NewMessage? message = null)
    {
        await using var tx = await Store.BeginAsync();
        var id = await tx.InsertMessageAsync(message ?? Some.Heen());
        var deliveryId = await tx.EnqueueDeliveryAsync(id, destination ?? DeliveryDestination.Hub);
        await tx.CommitAsync();
        return (id, deliveryId);
    }
}
