using System.Globalization;
using Gateway.Routing.Store;
using System.Data.Common;
using static Gateway.Storage.Relational.RelationalRows;

namespace Gateway.Storage.Relational;

/// <summary>Operator queries, metrics and housekeeping.</summary>
public abstract partial class RelationalMessageStore
{
    private const int ChainLimit = 1000;
    // A held 325 has no delivery yet but must keep its bytes until the back office decides.
    private const string OpenDelivery = "(EXISTS (SELECT 1 FROM delivery d WHERE d.message_id = message.id AND d.state IN ('Pending', 'Sending', 'DeadLettered', 'RefusedByHub'))" +
        " OR EXISTS (SELECT 1 FROM held_answer h WHERE h.answer_message_id = message.id AND h.state = 'held'))";

    /// <inheritdoc />
    public Task<IReadOnlyList<Delivery>> ListDeliveriesAsync(DeliveryQuery query, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<Delivery>>(
            async connection =>
            {
                await using var command = Command(
                    connection,
                    null,
                    $"""
                    SELECT {DeliveryColumns} FROM delivery d
                    WHERE d.id > @after AND (CAST(@state AS TEXT) IS NULL OR d.state = @state) AND (CAST(@dest AS TEXT) IS NULL OR d.destination = @dest)
                    ORDER BY d.id LIMIT @limit
                    """,
                    ("@after", query.AfterId),
                    ("@state", query.State is { } s ? Text(s) : null),
                    ("@dest", query.Destination?.Value),
                    ("@limit", Math.Clamp(query.Limit, 1, 1000)));
                return await ReadAllAsync(command, ReadDelivery, cancellationToken);
            },
            cancellationToken);

    /// <inheritdoc />
    public Task<DeliveryDetails?> GetDeliveryAsync(long deliveryId, CancellationToken cancellationToken = default) =>
        ReadAsync(
            async connection =>
            {
                List<Delivery> deliveries;
                await using (var command = Command(connection, null, $"SELECT {DeliveryColumns} FROM delivery d WHERE d.id = @id", ("@id", deliveryId)))
                {
                    deliveries = await ReadAllAsync(command, ReadDelivery, cancellationToken);
                }

                if (deliveries.Count == 0)
                {
                    return null;
                }

                await using var attempts = Command(connection, null, "SELECT delivery_id, attempt, lease_owner, started_at, finished_at, outcome, failure_kind, error FROM delivery_attempt WHERE delivery_id = @id ORDER BY attempt", ("@id", deliveryId));
                return new DeliveryDetails(deliveries[0], await ReadAllAsync(attempts, ReadAttempt, cancellationToken));
            },
            cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<QueueDepth>> GetQueueDepthAsync(CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<QueueDepth>>(
            async connection =>
            {
                await using var command = Command(connection, null, "SELECT state, destination, COUNT(*), MIN(next_attempt_at) FROM delivery GROUP BY state, destination ORDER BY state, destination");
                return await ReadAllAsync(
                    command,
                    r => new QueueDepth(Enum.Parse<DeliveryState>(r.GetString(0)), DeliveryDestination.Parse(r.GetString(1)), r.GetInt32(2), r.IsDBNull(3) ? null : FromMs(r.GetInt64(3))),
                    cancellationToken);
            },
            cancellationToken);

    /// <inheritdoc />
    public Task<TimeSpan?> GetOldestPendingAgeAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(
            async connection =>
            {
                await using var command = Command(connection, null, "SELECT MIN(horizon_started_at) FROM delivery WHERE state IN ('Pending', 'Sending')");
                return await command.ExecuteScalarAsync(cancellationToken) is long oldest
                    ? Time.GetUtcNow() - FromMs(oldest)
                    : (TimeSpan?)null;
            },
            cancellationToken);

    /// <inheritdoc />
    public Task<StoredMessage?> GetMessageAsync(long messageId, CancellationToken cancellationToken = default) =>
        ReadAsync(async connection => (await ReadMessageWithPayloadAsync(connection, null, messageId, cancellationToken)).Message, cancellationToken);

    /// <inheritdoc />
    public Task<byte[]?> ReadPayloadAsync(long messageId, CancellationToken cancellationToken = default) =>
        ReadAsync(async connection => (await ReadMessageWithPayloadAsync(connection, null, messageId, cancellationToken)).Payload, cancellationToken);

    /// <inheritdoc />
    public Task<MessageView?> ViewMessageAsync(long messageId, string operatorName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(operatorName);
        return WriteAsync(
            async (connection, tx, now) =>
            {
                var (message, payload) = await ReadMessageWithPayloadAsync(connection, tx, messageId, cancellationToken);
                if (message is null)
                {
                    return null;
                }

                await RelationalStoreTransaction.InsertEventAsync(connection, tx, messageId, now, MessageEventTypes.MessageViewed, payload is null ? "payload no longer stored" : "payload decrypted for an operator", operatorName, cancellationToken);
                return new MessageView(message, payload);
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<MessageEvent>> GetTimelineAsync(long messageId, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<MessageEvent>>(
            async connection =>
            {
                await using var command = Command(connection, null, $"SELECT {EventColumns} FROM message_event e WHERE e.message_id = @id ORDER BY e.at, e.id", ("@id", messageId));
                return await ReadAllAsync(command, ReadEvent, cancellationToken);
            },
            cancellationToken);

    /// <inheritdoc />
    public Task<MessageChain> GetChainAsync(long messageId, CancellationToken cancellationToken = default) =>
        ReadAsync(
            async connection =>
            {
                var seen = new HashSet<long>();
                var frontier = new Queue<long>([messageId]);
                while (frontier.Count > 0 && seen.Count < ChainLimit)
                {
                    var id = frontier.Dequeue();
                    if (!seen.Add(id))
                    {
                        continue;
                    }

                    await using var neighbours = Command(
                        connection,
                        null,
                        """
                        SELECT correlates_to FROM message WHERE id = @id AND correlates_to IS NOT NULL
                        UNION SELECT id FROM message WHERE correlates_to = @id
                        UNION SELECT other.message_id FROM message_chain_key mine
                              JOIN message_chain_key other ON other.chain_key = mine.chain_key
                              WHERE mine.message_id = @id
                        """,
                        ("@id", id));
                    foreach (var next in await ReadAllAsync(neighbours, r => r.GetInt64(0), cancellationToken))
                    {
                        if (!seen.Contains(next))
                        {
                            frontier.Enqueue(next);
                        }
                    }
                }

                var ids = string.Join(',', seen.Select(Number));
                List<StoredMessage> messages;
                await using (var command = Command(connection, null, $"SELECT {MessageColumns} FROM message m WHERE m.id IN ({ids}) ORDER BY m.created_at, m.id"))
                {
                    messages = await ReadAllAsync(command, r => ReadMessage(r, Protector), cancellationToken);
                }

                await using var events = Command(connection, null, $"SELECT {EventColumns} FROM message_event e WHERE e.message_id IN ({ids}) ORDER BY e.at, e.id");
                return new MessageChain(messages, await ReadAllAsync(events, ReadEvent, cancellationToken));
            },
            cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredMessage>> FindByBsnAsync(string bsn, int limit = 100, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(bsn);
        // While a hash-key rotation is under way, rows of every generation still present match.
        var hashes = Hasher.Candidates(bsn, KeyedHashes.OldestLive);
        var names = string.Join(", ", hashes.Select((_, i) => "@h" + Number(i)));
        return ReadAsync<IReadOnlyList<StoredMessage>>(
            async connection =>
            {
                await using var command = Command(
                    connection,
                    null,
                    $"SELECT DISTINCT {MessageColumns} FROM message_bsn b JOIN message m ON m.id = b.message_id WHERE b.bsn_hash IN ({names}) ORDER BY m.id DESC LIMIT @limit",
                    [.. hashes.Select((h, i) => ("@h" + Number(i), (object?)h)), ("@limit", Math.Clamp(limit, 1, 10_000))]);
                return await ReadAllAsync(command, r => ReadMessage(r, Protector), cancellationToken);
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<StoreCounters> GetCountersAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(
            async connection =>
            {
                var byState = await CountAsync(connection, "SELECT state, COUNT(*) FROM message GROUP BY state", cancellationToken);
                var byType = await CountAsync(connection, "SELECT type, COUNT(*) FROM message_event GROUP BY type", cancellationToken);
                var byCode = await CountAsync(connection, "SELECT retour_code, COUNT(*) FROM message_retour_code GROUP BY retour_code", cancellationToken);
                var answers = await CountAsync(
                    connection,
                    $"SELECT c.retour_code, COUNT(*) FROM message_retour_code c JOIN message m ON m.id = c.message_id WHERE m.direction = '{Text(MessageDirection.Inbound)}' AND m.kind = '{Text(MessageKind.Heen)}' GROUP BY c.retour_code",
                    cancellationToken);
                var rules = await CountAsync(connection, $"SELECT detail, COUNT(*) FROM message_event WHERE type = '{MessageEventTypes.RuleRejected}' AND detail IS NOT NULL GROUP BY detail", cancellationToken);
                return new StoreCounters(
                    byState.ToDictionary(kv => Enum.Parse<MessageState>(kv.Key), kv => kv.Value),
                    byType,
                    byCode)
                {
                    AnswersByRetourCode = answers,
                    RuleRejections = rules,
                };
            },
            cancellationToken);

    /// <inheritdoc />
    public Task<RetentionResult> SweepRetentionAsync(RetentionPolicy policy, CancellationToken cancellationToken = default)
    {
        if (policy.DedupKeyAge < RetentionPolicy.MinimumDedupKeyAge)
        {
            throw new ArgumentException($"Dedup keys must be kept at least {RetentionPolicy.MinimumDedupKeyAge.TotalDays} days: a partner can resend that long.", nameof(policy));
        }

        if (policy.PayloadAge > policy.DedupKeyAge)
        {
            throw new ArgumentException("Payloads cannot be kept longer than the messages that hold them: PayloadAge must not exceed DedupKeyAge.", nameof(policy));
        }

        if (policy.RefusedPayloadAge <= TimeSpan.Zero)
        {
            throw new ArgumentException("RefusedPayloadAge must be positive.", nameof(policy));
        }

        return SweepRetentionInPartsAsync(policy, cancellationToken);
    }

    // A retention sweep's part: at most this many messages, and payloads of at most this many bytes, per unit of work.
    // Parts keep each unit's rollback journal small (SQLite writers keep theirs in memory) and let intake take its turns
    // between them; every part is whole on its own (a purged payload and its event commit together).
    private const int RetentionPartRows = 500;
    private const long RetentionPartBytes = 32L * 1024 * 1024;

    private async Task<RetentionResult> SweepRetentionInPartsAsync(RetentionPolicy policy, CancellationToken cancellationToken)
    {
        var purged = await RepeatAsync((connection, tx, now) => PurgePayloadsAsync(connection, tx, now, now - (long)policy.PayloadAge.TotalMilliseconds, cancellationToken), cancellationToken);
        var trimmed = await RepeatAsync((connection, tx, now) => TrimRefusedPayloadsAsync(connection, tx, now, now - (long)policy.RefusedPayloadAge.TotalMilliseconds, cancellationToken), cancellationToken);
        var deleted = await RepeatAsync((connection, tx, now) => DeleteMessagesAsync(connection, tx, now - (long)policy.DedupKeyAge.TotalMilliseconds, cancellationToken), cancellationToken);
        return new RetentionResult(purged, deleted) { PayloadsTrimmed = trimmed };
    }

    /// <summary>Runs a part in a unit of work of its own until a part finds nothing more to do; the sum of their counts.</summary>
    private async Task<int> RepeatAsync(Func<DbConnection, DbTransaction, long, Task<int>> part, CancellationToken cancellationToken)
    {
        var total = 0;
        int done;
        while ((done = await WriteAsync(part, cancellationToken)) > 0)
        {
            total += done;
        }

        return total;
    }

    /// <summary>Deletes the payloads of one part of the messages past the payload term, each with its event; how many.</summary>
    private async Task<int> PurgePayloadsAsync(DbConnection connection, DbTransaction tx, long now, long cutoff, CancellationToken cancellationToken)
    {
        List<(long Id, long Size)> due;
        await using (var select = Command(
            connection,
            tx,
            $"SELECT id, COALESCE(payload_size, 0) FROM message WHERE payload IS NOT NULL AND created_at < @cutoff AND NOT {OpenDelivery} ORDER BY id LIMIT {RetentionPartRows}",
            ("@cutoff", cutoff)))
        {
            due = await ReadAllAsync(select, r => (r.GetInt64(0), r.GetInt64(1)), cancellationToken);
        }

        var bytes = 0L;
        var count = 0;
        foreach (var (id, size) in due)
        {
            if (count > 0 && bytes + size > RetentionPartBytes)
            {
                break;
            }

            bytes += size;
            count++;
            await using (var update = Command(connection, tx, "UPDATE message SET payload = NULL, payload_key_id = NULL, updated_at = @now WHERE id = @id", ("@now", now), ("@id", id)))
            {
                await update.ExecuteNonQueryAsync(cancellationToken);
            }

            await RelationalStoreTransaction.InsertEventAsync(connection, tx, id, now, MessageEventTypes.PayloadPurged, "payload deleted by the retention policy", null, cancellationToken);
        }

        return count;
    }

    /// <summary>Deletes one part of the messages past the dedup term (their rows cascade); how many.</summary>
    private async Task<int> DeleteMessagesAsync(DbConnection connection, DbTransaction tx, long cutoff, CancellationToken cancellationToken)
    {
        await using var rows = Command(
            connection,
            tx,
            $"DELETE FROM message WHERE id IN (SELECT id FROM message WHERE created_at < @cutoff AND NOT {OpenDelivery} ORDER BY id LIMIT {RetentionPartRows})",
            ("@cutoff", cutoff));
        return await rows.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Cuts one part of the refused payloads past their short term down to the first
    /// <see cref="RetentionPolicy.RefusedPayloadPrefix"/> bytes, encrypted like any payload; the content hash, size and
    /// reason (the rejection event) stay. One row at a time, so a flood of large refused payloads never sits in memory at
    /// once; how many were cut (a row found gone is not counted, so the parts end).
    /// </summary>
    private async Task<int> TrimRefusedPayloadsAsync(DbConnection connection, DbTransaction tx, long now, long cutoff, CancellationToken cancellationToken)
    {
        List<long> due;
        await using (var select = Command(
            connection,
            tx,
            $"SELECT id FROM message WHERE refused = {Dialect.True} AND payload_trimmed = {Dialect.False} AND payload IS NOT NULL AND created_at < @cutoff AND NOT {OpenDelivery} ORDER BY id LIMIT {RetentionPartRows / 5}",
            ("@cutoff", cutoff)))
        {
            due = await ReadAllAsync(select, r => r.GetInt64(0), cancellationToken);
        }

        var trimmed = 0;
        foreach (var id in due)
        {
            var (message, payload) = await ReadMessageWithPayloadAsync(connection, tx, id, cancellationToken);
            if (message is null || payload is null)
            {
                continue;
            }

            var prefix = payload[..Math.Min(payload.Length, RetentionPolicy.RefusedPayloadPrefix)];
            await using (var update = Command(
                connection,
                tx,
                $"UPDATE message SET payload = @p, payload_key_id = @k, payload_trimmed = {Dialect.True}, updated_at = @now WHERE id = @id",
                ("@p", Protector.Protect(prefix)),
                ("@k", Protector.CurrentKeyId),
                ("@now", now),
                ("@id", id)))
            {
                await update.ExecuteNonQueryAsync(cancellationToken);
            }

            var detail = $"refused payload cut to its first {Number(prefix.Length)} of {Number(payload.Length)} bytes (SHA-256 {message.ContentHash ?? ContentHash.Of(payload)})";
            await RelationalStoreTransaction.InsertEventAsync(connection, tx, id, now, MessageEventTypes.PayloadTrimmed, detail, null, cancellationToken);
            trimmed++;
        }

        return trimmed;
    }

    /// <inheritdoc />
    public Task<IntegrityReport> CheckIntegrityAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(
            async connection =>
            {
                var problems = new List<string>();
                await CheckPhysicalAsync(connection, problems, cancellationToken);

                await using (var version = Command(connection, null, "SELECT COALESCE(MAX(version), 0) FROM schema_version"))
                {
                    var current = Convert.ToInt64(await version.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
                    if (current != LatestVersion)
                    {
                        problems.Add($"schema version is {Number(current)}, expected {Number(LatestVersion)}");
                    }
                }

                return new IntegrityReport(problems);
            },
            cancellationToken);

    private static async Task<Dictionary<string, long>> CountAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, null, sql);
        var rows = await ReadAllAsync(command, r => (r.GetString(0), r.GetInt64(1)), cancellationToken);
        return rows.ToDictionary(row => row.Item1, row => row.Item2, StringComparer.Ordinal);
    }
}
