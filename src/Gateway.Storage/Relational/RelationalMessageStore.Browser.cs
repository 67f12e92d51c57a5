using Gateway.Messages.Privacy;
using Gateway.Routing.Store;
using Gateway.Storage.Protection;
using System.Data.Common;
using static Gateway.Storage.Relational.RelationalRows;

namespace Gateway.Storage.Relational;

/// <summary>
/// <see cref="IMessageBrowser"/>: search, the life of a toewijzing, failure groups with bulk actions and traffic. Every
/// query carries the scope as a condition on the message's gemeentecode; numbers are matched by their keyed hashes in
/// every generation still present (a rotation may be under way).
/// </summary>
public abstract partial class RelationalMessageStore : IMessageBrowser
{
    private const int MaxPageSize = 500;
    private const int LifeLimit = 2_000;
    private const string DeadLettered = "'DeadLettered'";

    /// <inheritdoc />
    public Task<Page<MessageHit>> SearchAsync(MessageSearch query, PageCursor? after, int pageSize, GemeenteScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(scope);
        var size = Math.Clamp(pageSize, 1, MaxPageSize);
        var where = new SqlWhere(Dialect);
        where.Scope(scope);
        if (query.Identificatie is { Length: > 0 } identificatie)
        {
            where.Add("m.identificatie = @ident", ("@ident", BsnRedactor.Redact(identificatie)));
        }

        if (query.Referentienummer is { Length: > 0 } referentienummer)
        {
            where.Add($"m.env_referentienummer_hash IN ({where.Hashes(Hasher.Candidates(KeyedHashPurpose.Identifier, referentienummer, KeyedHashes.OldestLive))})");
        }

        if (query.ToewijzingNummer is { } toewijzing)
        {
            where.Add(ChainCondition(where, ChainKind.Toewijzing, Number(toewijzing)));
        }

        if (query.DeclaratieNummer is { Length: > 0 } declaratie)
        {
            where.Add(ChainCondition(where, ChainKind.Declaratie, declaratie.Trim()));
        }

        if (query.Aanbieder is { Length: > 0 } aanbieder)
        {
            where.Add("(m.afzender = @agb OR m.ontvanger = @agb)", ("@agb", aanbieder));
        }

        if (query.Gemeente is { Length: > 0 } gemeente)
        {
            where.Add("m.gemeentecode = @gemeente", ("@gemeente", gemeente));
        }

        if (query.Bsn is { Length: > 0 } bsn)
        {
            where.Add($"EXISTS (SELECT 1 FROM message_bsn b WHERE b.message_id = m.id AND b.bsn_hash IN ({where.Hashes(Hasher.Candidates(bsn, KeyedHashes.OldestLive))}))");
        }

        if (query.Code is { } code)
        {
            where.Add("m.code = @code", ("@code", (int)code));
        }

        if (query.State is { } state)
        {
            where.Add("m.state = @state", ("@state", Text(state)));
        }

        if (query.From is { } from)
        {
            where.Add("m.created_at >= @from", ("@from", ToMs(from)));
        }

        if (query.Until is { } until)
        {
            where.Add("m.created_at < @until", ("@until", ToMs(until)));
        }

        return ReadAsync(
            async connection =>
            {
                var total = await where.CountAsync(connection, "SELECT COUNT(*) FROM message m", cancellationToken);
                var paged = where.With("m.id < @after", ("@after", after?.AfterId ?? long.MaxValue));
                await using var command = paged.Command(
                    connection,
                    $"SELECT {MessageColumns}, EXISTS (SELECT 1 FROM delivery d WHERE d.message_id = m.id AND d.state = {DeadLettered}) FROM message m",
                    "ORDER BY m.id DESC LIMIT @limit",
                    ("@limit", size + 1));
                var rows = await ReadAllAsync(command, r => new MessageHit(ReadMessage(r, Protector), r.GetBoolean(25)), cancellationToken);
                return PageOf(rows, size, total, h => h.Message.Id);
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<ToewijzingLife> ToewijzingLifeAsync(long toewijzingNummer, GemeenteScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var toewijzing = Hasher.Candidates(KeyedHashPurpose.Identifier, Number(toewijzingNummer), KeyedHashes.OldestLive);
        return ReadAsync(
            async connection =>
            {
                // The messages carrying the number, those sharing a ReferentieAanbieder or DeclaratieNummer with them
                // (the 315–320 around it, the 325s), and every message answering one of those.
                var where = new SqlWhere(Dialect);
                var carrying = where.Hashes(toewijzing);
                var referentie = ChainReference.KindText(ChainKind.Referentie);
                var declaratie = ChainReference.KindText(ChainKind.Declaratie);
                await using var ids = where.Command(
                    connection,
                    $"""
                    WITH carrying AS (
                        SELECT message_id FROM message_chain_hash WHERE kind = '{ChainReference.KindText(ChainKind.Toewijzing)}' AND key_hash IN ({carrying})),
                    related AS (
                        SELECT message_id FROM carrying
                        UNION SELECT other.message_id FROM message_chain_hash mine
                            JOIN message_chain_hash other ON other.kind = mine.kind AND other.key_hash = mine.key_hash
                            WHERE mine.message_id IN (SELECT message_id FROM carrying) AND mine.kind IN ('{referentie}', '{declaratie}'))
                    SELECT id FROM message WHERE id IN (SELECT message_id FROM related)
                    UNION SELECT id FROM message WHERE correlates_to IN (SELECT message_id FROM related)
                    """,
                    "LIMIT @limit",
                    ("@limit", LifeLimit));
                var found = await ReadAllAsync(ids, r => r.GetInt64(0), cancellationToken);
                if (found.Count == 0)
                {
                    return new ToewijzingLife(toewijzingNummer, []);
                }

                var list = string.Join(',', found.Select(Number));
                var visible = new SqlWhere(Dialect);
                visible.Scope(scope);
                visible.Add($"m.id IN ({list})");
                await using var select = visible.Command(connection, $"SELECT {MessageColumns} FROM message m", "ORDER BY m.created_at, m.id");
                var messages = await ReadAllAsync(select, r => ReadMessage(r, Protector), cancellationToken);
                await using var rules = Command(connection, null, $"SELECT e.message_id, e.detail FROM message_event e WHERE e.type = '{MessageEventTypes.RuleRejected}' AND e.message_id IN ({list}) ORDER BY e.id");
                var codes = (await ReadAllAsync(rules, r => (Id: r.GetInt64(0), Detail: r.IsDBNull(1) ? "" : r.GetString(1)), cancellationToken))
                    .ToLookup(r => r.Id, r => r.Detail.Split(' ', 2)[0]);
                return new ToewijzingLife(toewijzingNummer, LifeEntries(messages, codes));
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<FailureGroup>> FailureGroupsAsync(GemeenteScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return ReadAsync<IReadOnlyList<FailureGroup>>(
            async connection =>
            {
                var members = await DeadLettersAsync(connection, scope, cancellationToken);
                return [.. members
                    .GroupBy(m => m.Key)
                    .Select(g => new FailureGroup(g.Key, g.Count(), g.Min(m => m.Member.Delivery.FinishedAt ?? m.Member.Delivery.CreatedAt), g.Max(m => m.Member.Delivery.FinishedAt ?? m.Member.Delivery.CreatedAt)))
                    .OrderByDescending(g => g.Count).ThenByDescending(g => g.LastSeen).ThenBy(g => g.Key.Id, StringComparer.Ordinal)];
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<Page<FailureMember>> MembersAsync(FailureGroupKey group, PageCursor? after, int pageSize, GemeenteScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(scope);
        var size = Math.Clamp(pageSize, 1, MaxPageSize);
        return ReadAsync(
            async connection =>
            {
                var members = (await DeadLettersAsync(connection, scope, cancellationToken)).Where(m => m.Key == group).Select(m => m.Member).ToList();
                var rest = members.Where(m => m.Delivery.Id > (after?.AfterId ?? 0)).Take(size + 1).ToList();
                return PageOf(rest, size, members.Count, m => m.Delivery.Id);
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<BulkResult> ReplayAsync(FailureSelection selection, string operatorName, GemeenteScope scope, CancellationToken cancellationToken = default) =>
        BulkAsync(selection, operatorName, scope, (id, ct) => ReplayAsync(id, operatorName, ct), cancellationToken);

    /// <inheritdoc />
    public Task<BulkResult> PurgeAsync(FailureSelection selection, string operatorName, GemeenteScope scope, CancellationToken cancellationToken = default) =>
        BulkAsync(selection, operatorName, scope, (id, ct) => PurgeAsync(id, operatorName, ct), cancellationToken);

    /// <inheritdoc />
    public Task<TrafficSeries> TrafficAsync(DateTimeOffset since, GemeenteScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var where = new SqlWhere(Dialect);
        where.Scope(scope);
        where.Add("m.created_at >= @since", ("@since", ToMs(since)));
        return ReadAsync(
            async connection =>
            {
                const long hourMs = 3_600_000;
                await using var hours = where.Command(
                    connection,
                    $"SELECT (m.created_at / {hourMs}) * {hourMs} AS hour, m.direction, COUNT(*) FROM message m",
                    "GROUP BY hour, m.direction ORDER BY hour, m.direction");
                var perHour = await ReadAllAsync(hours, r => new HourCount(FromMs(r.GetInt64(0)), Enum.Parse<MessageDirection>(r.GetString(1)), r.GetInt32(2)), cancellationToken);
                var rejected = where.With($"m.state = '{Text(MessageState.Rejected)}'");
                await using var codes = rejected.Command(
                    connection,
                    $"SELECT {Dialect.UtcDay("m.created_at")} AS day, c.retour_code, COUNT(*) FROM message m JOIN message_retour_code c ON c.message_id = m.id",
                    "GROUP BY day, c.retour_code ORDER BY day, c.retour_code");
                var perCode = await ReadAllAsync(codes, r => new RetourCodeCount(DateOnly.ParseExact(r.GetString(0), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), r.GetString(1), r.GetInt32(2)), cancellationToken);
                return new TrafficSeries(perHour, perCode);
            },
            cancellationToken);
    }

    private string ChainCondition(SqlWhere where, ChainKind kind, string value) =>
        $"EXISTS (SELECT 1 FROM message_chain_hash c WHERE c.message_id = m.id AND c.kind = '{ChainReference.KindText(kind)}' AND c.key_hash IN ({where.Hashes(Hasher.Candidates(KeyedHashPurpose.Identifier, value, KeyedHashes.OldestLive))}))";

    private static Page<T> PageOf<T>(List<T> rows, int size, long total, Func<T, long> id) =>
        rows.Count > size ? new Page<T>(rows[..size], total, new PageCursor(id(rows[size - 1]))) : new Page<T>(rows, total, null);

    private static List<LifeEntry> LifeEntries(List<StoredMessage> messages, ILookup<long, string> codes)
    {
        var present = messages.Select(m => m.Id).ToHashSet();
        var answers = messages.Where(m => m.CorrelatesTo is { } to && present.Contains(to) && m.Kind != MessageKind.Heen).ToLookup(m => m.CorrelatesTo!.Value);
        return [.. messages
            .Where(m => !(m.CorrelatesTo is { } to && present.Contains(to) && m.Kind != MessageKind.Heen))
            .Select(m => new LifeEntry(m, [.. answers[m.Id]], [.. codes[m.Id].Distinct(StringComparer.Ordinal)]))];
    }

    private async Task<List<(FailureGroupKey Key, FailureMember Member)>> DeadLettersAsync(DbConnection connection, GemeenteScope scope, CancellationToken cancellationToken)
    {
        var where = new SqlWhere(Dialect);
        where.Scope(scope);
        where.Add($"d.state = {DeadLettered}");
        List<Delivery> deliveries;
        await using (var command = where.Command(connection, $"SELECT {DeliveryColumns} FROM delivery d JOIN message m ON m.id = d.message_id", "ORDER BY d.id"))
        {
            deliveries = await ReadAllAsync(command, ReadDelivery, cancellationToken);
        }

        if (deliveries.Count == 0)
        {
            return [];
        }

        await using var select = Command(connection, null, $"SELECT {MessageColumns} FROM message m WHERE m.id IN ({string.Join(',', deliveries.Select(d => Number(d.MessageId)).Distinct())})");
        var messages = (await ReadAllAsync(select, r => ReadMessage(r, Protector), cancellationToken)).ToDictionary(m => m.Id);
        var rows = deliveries.Select(d => new FailureMember(d, messages[d.MessageId]));
        return [.. rows.Select(m => (FailureGroupKey.Of(m.Delivery.Destination, m.Delivery.LastFailureKind, m.Message.Release, m.Delivery.LastError), m))];
    }

    private async Task<BulkResult> BulkAsync(FailureSelection selection, string operatorName, GemeenteScope scope, Func<long, CancellationToken, Task<bool>> act, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(selection);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentException.ThrowIfNullOrWhiteSpace(operatorName);
        var dead = await ReadAsync(connection => DeadLettersAsync(connection, scope, cancellationToken), cancellationToken);
        var chosen = selection.Group is { } group ? dead.Where(m => m.Key == group) : dead.Where(m => selection.DeliveryIds.Contains(m.Member.Delivery.Id));
        var ids = chosen.Select(m => m.Member.Delivery.Id).ToList();
        var done = new List<long>();
        foreach (var id in ids)
        {
            // One short audited transaction per delivery, exactly as the single action: a delivery replayed or purged by
            // someone else meanwhile is skipped, never acted on twice.
            if (await act(id, cancellationToken))
            {
                done.Add(id);
            }
        }

        return new BulkResult(ids.Count, done.Count, done);
    }
}
