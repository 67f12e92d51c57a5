namespace Gateway.Routing.Store;

/// <summary>
/// What the console and the JSON API read and do across many messages: search, the life of a toewijzing, failures
/// grouped by cause with bulk replay and purge, and traffic series. Every method is scoped: a message or delivery
/// outside <see cref="GemeenteScope"/> is never returned, counted or touched. No BSN is returned, logged or kept in
/// plain: a BSN in a <see cref="MessageSearch"/> is matched through its keyed hash. Implementations: SQLite and
/// PostgreSQL, both run the same contract test suite.
/// </summary>
public interface IMessageBrowser
{
    /// <summary>
    /// Messages matching every given criterion, newest first (by id), keyset paged: pass the <see cref="Page{T}.Next"/>
    /// of one page as <paramref name="after"/> for the next. <see cref="Page{T}.Total"/> counts all matches in scope.
    /// </summary>
    Task<Page<MessageHit>> SearchAsync(MessageSearch query, PageCursor? after, int pageSize, GemeenteScope scope, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every message in the life of one toewijzing (301 → 302 → 305 → 306 → 323/325 → 307 → 308 and the 315–320 around
    /// it), oldest first, each with its answer and the rule codes it was rejected for; empty when none is in scope.
    /// </summary>
    Task<ToewijzingLife> ToewijzingLifeAsync(long toewijzingNummer, GemeenteScope scope, CancellationToken cancellationToken = default);

    /// <summary>
    /// Dead-lettered deliveries grouped by cause (see <see cref="FailureGroupKey"/>), with counts and first/last seen,
    /// largest group first.
    /// </summary>
    Task<IReadOnlyList<FailureGroup>> FailureGroupsAsync(GemeenteScope scope, CancellationToken cancellationToken = default);

    /// <summary>The dead-lettered deliveries of one group, oldest id first, keyset paged; Total counts the group in scope.</summary>
    Task<Page<FailureMember>> MembersAsync(FailureGroupKey group, PageCursor? after, int pageSize, GemeenteScope scope, CancellationToken cancellationToken = default);

    /// <summary>
    /// Operator: replays every dead-lettered delivery of the selection that is in scope (as
    /// <see cref="IMessageStore.ReplayAsync"/>, one audited event per delivery naming the operator).
    /// </summary>
    Task<BulkResult> ReplayAsync(FailureSelection selection, string operatorName, GemeenteScope scope, CancellationToken cancellationToken = default);

    /// <summary>
    /// Operator: purges every dead-lettered delivery of the selection that is in scope (as
    /// <see cref="IMessageStore.PurgeAsync"/>, one audited event per delivery naming the operator).
    /// </summary>
    Task<BulkResult> PurgeAsync(FailureSelection selection, string operatorName, GemeenteScope scope, CancellationToken cancellationToken = default);

    /// <summary>Messages per hour and rejections per retourcode since <paramref name="since"/> (hours in UTC).</summary>
    Task<TrafficSeries> TrafficAsync(DateTimeOffset since, GemeenteScope scope, CancellationToken cancellationToken = default);
}
