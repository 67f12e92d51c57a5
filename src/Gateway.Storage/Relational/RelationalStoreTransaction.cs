using System.Text;
using System.Runtime.CompilerServices;
using Gateway.Messages.Privacy;
using Gateway.Storage.Protection;
using Gateway.Messages.Standards;
using Gateway.Routing.Store;
using System.Data.Common;
using static Gateway.Storage.Relational.RelationalRows;

namespace Gateway.Storage.Relational;

/// <summary>
/// One write unit of work (SQLite: <c>BEGIN IMMEDIATE</c>, writers one at a time): a transaction of its own, or with group
/// commit a savepoint in a batch shared with the units arriving together (<see cref="GroupCommit"/>).
/// </summary>
internal sealed class RelationalStoreTransaction : IStoreTransaction
{
    private const string InsertSavepoint = "insert_message";

    // As SQL of our own, not DbTransaction.ReleaseAsync/RollbackAsync(name): in Npgsql 10.0.3 those wait for the server
    // with a blocking socket read (seen in a dotnet-trace thread-time profile of gateway run under load), and threads
    // blocked per message starve the thread pool. The release also rides in the insert's round trip.
    private const string ReleaseInsertSavepoint = "RELEASE SAVEPOINT " + InsertSavepoint;

    private readonly RelationalMessageStore _store;
    private readonly WriteUnit _unit;
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;

    private readonly StrongBox<RelationalMessageStore?> _held;

    public RelationalStoreTransaction(RelationalMessageStore store, WriteUnit unit, StrongBox<RelationalMessageStore?> held, UnitAhead? ahead = null)
    {
        _store = store;
        _unit = unit;
        _held = held;
        _connection = unit.Connection;
        _transaction = unit.Transaction;
        Reads = new UnitReads(_connection);
        _ahead = ahead;

        // Hashes computed before the turn hold unless a key rotation has since moved every row off an older generation.
        _hashes = ahead is not null && ahead.OldestLive == store.KeyedHashes.OldestLive ? ahead.Hashes : [];
    }

    /// <summary>The relational unit of work behind <paramref name="transaction"/>, for the ledger, figures and obligations that work inside it.</summary>
    internal static RelationalStoreTransaction Of(IStoreTransaction transaction, string what) =>
        transaction as RelationalStoreTransaction
        ?? throw new InvalidOperationException($"{what} work only inside a transaction of the relational message store (SQLite or PostgreSQL).");

    private long NowMs => ToMs(_store.Time.GetUtcNow());

    /// <summary>The store, for its BSN hasher (the ledger works inside this unit of work).</summary>
    internal RelationalMessageStore Store => _store;

    /// <summary>The connection of this unit of work.</summary>
    internal DbConnection Connection => _connection;

    /// <summary>The open write transaction.</summary>
    internal DbTransaction Transaction => _transaction;

    /// <summary>The reads this unit has made and the locks it holds, so repeated lookups cost no statement.</summary>
    internal UnitReads Reads { get; }

    // While a hash-key rotation is under way, a row may still hold the hash of any generation still present: the
    // lookups try each, and a row's hashes are all of one generation (hash_gen), so the envelope pair is matched per generation.
    public Task<StoredMessage?> FindByDedupKeyAsync(DedupKey key, CancellationToken cancellationToken = default)
    {
        var candidates = Candidates(KeyedHashColumns.DedupKey, key.Value);
        return SingleMessageAsync(
            $"m.{KeyedHashColumns.DedupKey.Column} IN ({string.Join(", ", candidates.Select((_, g) => "@k" + Number(g)))})",
            cancellationToken,
            [.. candidates.Select((h, g) => ("@k" + Number(g), (object?)h))]);
    }

    public Task<StoredMessage?> FindByEnvelopeAsync(string zender, string referentienummer, CancellationToken cancellationToken = default)
    {
        var zenders = Candidates(KeyedHashColumns.EnvelopeZender, zender);
        var referenties = Candidates(KeyedHashColumns.EnvelopeReferentienummer, referentienummer);
        var pairs = zenders.Select((_, g) => $"(m.{KeyedHashColumns.EnvelopeZender.Column} = @z{Number(g)} AND m.{KeyedHashColumns.EnvelopeReferentienummer.Column} = @r{Number(g)})");
        return SingleMessageAsync(
            string.Join(" OR ", pairs),
            cancellationToken,
            [.. zenders.Select((h, g) => ("@z" + Number(g), (object?)h)), .. referenties.Select((h, g) => ("@r" + Number(g), (object?)h))]);
    }

    public Task<StoredMessage?> GetMessageAsync(long messageId, CancellationToken cancellationToken = default) =>
        SingleMessageAsync("m.id = @id", cancellationToken, ("@id", messageId));

    public Task<StoredMessage?> FindAnsweredMessageAsync(Standard standard, MessageCode heenCode, string afzender, string identificatie, CancellationToken cancellationToken = default) =>
        FindByDedupKeyAsync(new DedupKey(standard, heenCode, afzender, identificatie), cancellationToken);

    public async Task<byte[]?> ReadPayloadAsync(long messageId, CancellationToken cancellationToken = default) =>
        (await _store.ReadMessageWithPayloadAsync(_connection, _transaction, messageId, cancellationToken)).Payload;

    public async Task<IReadOnlyList<StoredMessage>> FindAnswersAsync(long messageId, CancellationToken cancellationToken = default)
    {
        await using var command = Command(_connection, _transaction, $"SELECT {MessageColumns} FROM message m WHERE m.correlates_to = @id ORDER BY m.id", ("@id", messageId));
        return await ReadAllAsync(command, r => ReadMessage(r, _store.Protector), cancellationToken);
    }

    public async Task<IReadOnlyList<Delivery>> GetDeliveriesAsync(long messageId, CancellationToken cancellationToken = default)
    {
        await using var command = Command(_connection, _transaction, $"SELECT {DeliveryColumns} FROM delivery d WHERE d.message_id = @id ORDER BY d.id", ("@id", messageId));
        return await ReadAllAsync(command, ReadDelivery, cancellationToken);
    }

    public async Task<long> InsertMessageAsync(NewMessage message, CancellationToken cancellationToken = default)
    {
        var now = NowMs;
        var trimmed = message.KeepOnlyPrefix && message.Payload.Length > RetentionPolicy.RefusedPayloadPrefix;
        var guarded = _store.Dialect.FailureAbortsTransaction;
        var generation = _store.Hasher.CurrentGeneration;
        ArgumentException.ThrowIfNullOrWhiteSpace(message.EventType);

        var parameters = new List<(string, object?)>
        {
            ("@direction", Text(message.Direction)),
            ("@kind", Text(message.Kind)),
            ("@state", Text(message.State)),
            ("@standard", message.Standard?.Key()),
            ("@code", message.Code is { } code ? (int)code : null),
            ("@release", message.Release),
            ("@afzender", message.Afzender),
            ("@ontvanger", message.Ontvanger),
            // Identifiers that could hold a BSN: keyed hashes to look up, masked text to show, the exact envelope sealed.
            ("@identificatie", BsnRedactor.Redact(message.Identificatie)),
            ("@dedup", message.DedupKey is null ? null : Hash(KeyedHashColumns.DedupKey, message.DedupKey.Value)),
            ("@dedupShown", BsnRedactor.Redact(message.DedupKey?.Value)),
            ("@zender", message.Envelope is null ? null : Hash(KeyedHashColumns.EnvelopeZender, message.Envelope.Zender)),
            ("@ref", message.Envelope is null ? null : Hash(KeyedHashColumns.EnvelopeReferentienummer, message.Envelope.Referentienummer)),
            ("@zenderShown", BsnRedactor.Redact(message.Envelope?.Zender)),
            ("@refShown", BsnRedactor.Redact(message.Envelope?.Referentienummer)),
            ("@crossref", BsnRedactor.Redact(message.Envelope?.CrossRefnummer)),
            ("@envKeyId", message.Envelope is null ? null : _store.Protector.CurrentKeyId),
            ("@envSealed", message.Envelope is { } envelope && _ahead?.TakeEnvelope(envelope) is { } sealedAhead
                ? sealedAhead
                : SealedEnvelope.Seal(_store.Protector, message.Envelope?.Zender, message.Envelope?.Referentienummer, message.Envelope?.CrossRefnummer)),
            ("@contentHash", message.ContentHash ?? ContentHash.Of(message.Payload.Span)),
            ("@size", message.Payload.Length),
            ("@refused", message.Refused),
            ("@hashGen", _store.Hasher.CurrentGeneration),
            ("@correlates", message.CorrelatesTo),
            ("@gemeente", message.Gemeentecode),
            ("@codes", JoinCodes(message.RetourCodes)),
            ("@keyid", _store.Protector.CurrentKeyId),
            ("@payload", trimmed ? _store.Protector.Protect(message.Payload.Span[..RetentionPolicy.RefusedPayloadPrefix])
                : _ahead?.TakePayload(message.Payload) ?? _store.Protector.Protect(message.Payload.Span)),
            ("@trimmed", trimmed),
            ("@now", now),
        };

        // The message and its own rows (BSN hashes, chain keys, retour codes), each row naming the message by its id. Where
        // a command is a round trip (PostgreSQL) they go in one command, the rows naming the id the insert just drew, in a
        // savepoint opened and released in the same round trip (a failed insert skips the rest of the command). Elsewhere
        // (SQLite) each is a command of its own with only its own parameters, the rows naming the returned id.
        var split = _store.Dialect.OneStatementPerCommand;
        var id = split ? "@mid" : _store.Dialect.LastInsertedId("message");
        var rows = new List<(string Sql, List<(string, object?)> Parameters)>();
        AppendRows(rows, "message_bsn (bsn_hash, hash_gen, message_id)", "b", id,
            [.. message.Bsns.Select(bsn => Hash(KeyedHashPurpose.Bsn, bsn)).DistinctBy(Convert.ToHexString).Select(hash => new object?[] { hash, generation })]);
        AppendRows(rows, "message_chain_key (chain_key, message_id)", "k", id,
            [.. message.ChainKeys.Distinct(StringComparer.Ordinal).Select(key => new object?[] { BsnRedactor.Redact(key) })]);
        AppendRows(rows, "message_chain_hash (kind, key_hash, hash_gen, message_id)", "h", id,
            [.. message.ChainReferences.Distinct().Select(reference => new object?[] { reference.KindName, Hash(KeyedHashPurpose.Identifier, reference.Value), generation })]);
        AppendRows(rows, "message_retour_code (retour_code, message_id)", "r", id,
            [.. message.RetourCodes.Distinct(StringComparer.Ordinal).Select(code => new object?[] { code })]);

        var sql = new StringBuilder();
        if (guarded)
        {
            sql.Append("SAVEPOINT ").Append(InsertSavepoint).Append(";\n");
        }

        sql.Append(InsertMessageSql);
        if (!split)
        {
            foreach (var (rowSql, rowParameters) in rows)
            {
                sql.Append(";\n").Append(rowSql);
                parameters.AddRange(rowParameters);
            }
        }

        if (guarded)
        {
            sql.Append(";\n").Append(ReleaseInsertSavepoint);
        }

        long inserted;
        await using (var insert = Command(_connection, _transaction, sql.ToString(), [.. parameters]))
        {
            try
            {
                inserted = await ReadFirstIdAsync(insert, cancellationToken);
            }
            catch (DbException e) when (_store.Dialect.IsUniqueViolation(e, out var constraint))
            {
                if (guarded)
                {
                    // The copy lost; the unit of work goes on as before the insert (the caller reads the winner).
                    await using var rollback = Command(_connection, _transaction, "ROLLBACK TO SAVEPOINT " + InsertSavepoint);
                    await rollback.ExecuteNonQueryAsync(cancellationToken);
                }

                var which = constraint.Contains(KeyedHashColumns.DedupKey.Column, StringComparison.Ordinal) ? "dedup key" : "envelope (zender, referentienummer)";
                throw new DuplicateMessageException($"A message with the same {which} is already stored.", e);
            }
        }

        if (split)
        {
            foreach (var (rowSql, rowParameters) in rows)
            {
                rowParameters.Add(("@mid", inserted));
                await ExecuteAsync(rowSql, cancellationToken, [.. rowParameters]);
            }
        }

        // Its first event is written with the unit's other events (nothing in a unit reads its own events).
        QueueEvent(inserted, now, message.EventType, message.EventDetail, actor: null);
        return inserted;
    }

    public async Task UpdateStateAsync(long messageId, MessageState state, string eventType, string? detail = null, IReadOnlyList<string>? retourCodes = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventType);
        var now = NowMs;
        var changed = retourCodes is null
            ? await ExecuteAsync("UPDATE message SET state = @s, updated_at = @now WHERE id = @id", cancellationToken, ("@s", Text(state)), ("@now", now), ("@id", messageId))
            : await ExecuteAsync("UPDATE message SET state = @s, retour_codes = @c, updated_at = @now WHERE id = @id", cancellationToken, ("@s", Text(state)), ("@c", JoinCodes(retourCodes)), ("@now", now), ("@id", messageId));
        if (changed == 0)
        {
            throw new InvalidOperationException($"Message {messageId} does not exist.");
        }

        if (retourCodes is not null)
        {
            // The message exists (updated above): its codes are replaced (in one command where a command is a round trip).
            var batch = new StatementBatch(_store.Dialect);
            batch.Add("DELETE FROM message_retour_code WHERE message_id = @id", ("@id", messageId));
            var rows = new List<(string Sql, List<(string, object?)> Parameters)>();
            AppendRows(rows, "message_retour_code (retour_code, message_id)", "r", "@id", [.. retourCodes.Distinct(StringComparer.Ordinal).Select(code => new object?[] { code })]);
            foreach (var (rowSql, rowParameters) in rows)
            {
                batch.Add(rowSql, [.. rowParameters, ("@id", messageId)]);
            }

            await batch.ExecuteAsync(_connection, _transaction, cancellationToken);
        }

        QueueEvent(messageId, now, eventType, detail, actor: null);
    }

    public Task AddEventAsync(long messageId, string eventType, string? detail = null, string? actor = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventType);
        QueueEvent(messageId, NowMs, eventType, detail, actor);
        return Task.CompletedTask;
    }

    public async Task<long> EnqueueDeliveryAsync(long messageId, DeliveryDestination destination, DateTimeOffset? notBefore = null, CancellationToken cancellationToken = default)
    {
        var now = NowMs;
        await using var insert = Command(
            _connection,
            _transaction,
            """
            INSERT INTO delivery (message_id, destination, state, attempts, next_attempt_at, created_at, horizon_started_at)
            VALUES (@m, @d, 'Pending', 0, @due, @now, @now) RETURNING id;
            """,
            ("@m", messageId),
            ("@d", destination.Value),
            ("@due", notBefore is { } due ? ToMs(due) : now),
            ("@now", now));
        var id = (long)(await insert.ExecuteScalarAsync(cancellationToken))!;
        QueueEvent(messageId, now, MessageEventTypes.DeliveryQueued, $"delivery {id} to {destination}", actor: null);
        return id;
    }

    public async Task<bool> RefuseDeliveryAsync(DeliveryLease lease, string reason, CancellationToken cancellationToken = default)
    {
        await WriteQueuedEventsAsync(cancellationToken);
        return await RelationalMessageStore.RefuseAsync(_connection, _transaction, lease, NowMs, reason, cancellationToken);
    }

    public async Task<int> RefuseDeliveredAsync(long messageId, DeliveryDestination destination, string reason, CancellationToken cancellationToken = default)
    {
        await WriteQueuedEventsAsync(cancellationToken);
        return await RelationalMessageStore.RefuseDeliveredAsync(_connection, _transaction, messageId, destination, NowMs, reason, cancellationToken);
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        _held.Value = null;
        await WriteQueuedEventsAsync(cancellationToken);
        await _unit.CommitAsync(cancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        _held.Value = null;
        return _unit.DisposeAsync();
    }

    /// <summary>Writes one audit-trail row; detail and actor are scrubbed of anything BSN-like.</summary>
    internal static async Task InsertEventAsync(DbConnection connection, DbTransaction transaction, long messageId, long atMs, string type, string? detail, string? actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        await using var command = Command(
            connection,
            transaction,
            "INSERT INTO message_event (message_id, at, type, detail, actor) VALUES (@m, @at, @t, @d, @a)",
            ("@m", messageId),
            ("@at", atMs),
            ("@t", type),
            ("@d", BsnRedactor.Redact(detail)),
            ("@a", BsnRedactor.Redact(actor)));
        await command.ExecuteNonQueryAsync(cancellationToken);
        UncommittedEvents.GetOrCreateValue(transaction).Add((type, BsnRedactor.Redact(detail)));
    }

    /// <summary>
    /// The events written in each open transaction, counted by <see cref="RelationalMessageStore.CountCommittedEvents"/> once it
    /// commits; a rolled-back transaction's list is dropped with it, so a retried commit is never counted twice.
    /// </summary>
    internal static ConditionalWeakTable<DbTransaction, List<(string Type, string? Detail)>> UncommittedEvents { get; } = new();

    private const string InsertMessageSql =
        """
        INSERT INTO message (direction, kind, state, standard, code, release, afzender, ontvanger, identificatie,
            dedup_key_hash, dedup_key_shown, env_zender_hash, env_referentienummer_hash, env_zender_shown, env_referentienummer_shown,
            env_crossrefnummer, env_key_id, env_sealed, correlates_to, gemeentecode, retour_codes,
            payload_key_id, payload, payload_trimmed, content_hash, payload_size, refused, hash_gen, created_at, updated_at)
        VALUES (@direction, @kind, @state, @standard, @code, @release, @afzender, @ontvanger, @identificatie,
            @dedup, @dedupShown, @zender, @ref, @zenderShown, @refShown,
            @crossref, @envKeyId, @envSealed, @correlates, @gemeente, @codes,
            @keyid, @payload, @trimmed, @contentHash, @size, @refused, @hashGen, @now, @now)
        RETURNING id
        """;

    /// <summary>Most events one statement writes (5 parameters each, well inside every database's limit).</summary>
    private const int EventsPerStatement = 200;

    private readonly List<(long MessageId, long At, string Type, string? Detail, string? Actor)> _queuedEvents = [];

    private readonly Dictionary<(KeyedHashPurpose Purpose, string Value), IReadOnlyList<byte[]>> _hashes;

    private readonly UnitAhead? _ahead;

    /// <summary>
    /// Adds one statement inserting <paramref name="rows"/> into <paramref name="table"/> (<c>name (columns)</c>, the last
    /// column filled with <paramref name="last"/>, SQL of the message's id), skipping rows already there; nothing when
    /// there are no rows. Parameters are named <c>@{prefix}{row}_{column}</c>.
    /// </summary>
    private static void AppendRows(List<(string Sql, List<(string, object?)> Parameters)> statements, string table, string prefix, string last, IReadOnlyList<object?[]> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var sql = new StringBuilder("INSERT INTO ").Append(table).Append(" VALUES ");
        var parameters = new List<(string, object?)>();
        for (var r = 0; r < rows.Count; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < rows[r].Length; c++)
            {
                var name = $"@{prefix}{Number(r)}_{Number(c)}";
                sql.Append(name).Append(", ");
                parameters.Add((name, rows[r][c]));
            }

            sql.Append(last).Append(')');
        }

        sql.Append(" ON CONFLICT DO NOTHING");
        statements.Add((sql.ToString(), parameters));
    }

    /// <summary>Runs every statement of <paramref name="command"/> and returns the id of the first row any of them returns.</summary>
    private static async Task<long> ReadFirstIdAsync(DbCommand command, CancellationToken cancellationToken)
    {
        long? id = null;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        do
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                id ??= reader.GetInt64(0);
            }
        }
        while (await reader.NextResultAsync(cancellationToken));

        return id ?? throw new InvalidOperationException("The insert returned no id.");
    }

    /// <summary>
    /// An audit event of this unit, written with the next of its writes that needs one (at the latest with the commit):
    /// nothing in a unit of work reads its own events, and a unit that does not commit writes none.
    /// </summary>
    private void QueueEvent(long messageId, long atMs, string type, string? detail, string? actor)
    {
        _queuedEvents.Add((messageId, atMs, type, BsnRedactor.Redact(detail), BsnRedactor.Redact(actor)));
        UncommittedEvents.GetOrCreateValue(_transaction).Add((type, BsnRedactor.Redact(detail)));
    }

    /// <summary>Writes the queued events, in the order they were queued, in as few statements as their number allows.</summary>
    private async Task WriteQueuedEventsAsync(CancellationToken cancellationToken)
    {
        foreach (var chunk in _queuedEvents.Chunk(EventsPerStatement))
        {
            var sql = new StringBuilder("INSERT INTO message_event (message_id, at, type, detail, actor) VALUES ");
            var parameters = new List<(string, object?)>(chunk.Length * 5);
            for (var i = 0; i < chunk.Length; i++)
            {
                var e = Number(i);
                sql.Append(i == 0 ? "" : ", ").Append($"(@m{e}, @at{e}, @t{e}, @d{e}, @a{e})");
                parameters.AddRange([("@m" + e, chunk[i].MessageId), ("@at" + e, chunk[i].At), ("@t" + e, chunk[i].Type), ("@d" + e, chunk[i].Detail), ("@a" + e, chunk[i].Actor)]);
            }

            await ExecuteAsync(sql.ToString(), cancellationToken, [.. parameters]);
        }

        _queuedEvents.Clear();
    }

    /// <summary>The keyed hash of <paramref name="value"/> under the current key, computed at most once in this unit.</summary>
    internal byte[] Hash(KeyedHashPurpose purpose, string value) => Candidates(purpose, value)[^1];

    /// <summary>
    /// The hashes of <paramref name="value"/> in every generation a row may still be in, oldest first (the last is the
    /// current one), computed at most once in this unit: a value is looked up and then inserted (a dedup key, an envelope,
    /// a client's BSN, a reference), and an HMAC costs more than the lookup of a kept one.
    /// </summary>
    internal IReadOnlyList<byte[]> Candidates(KeyedHashPurpose purpose, string value)
    {
        if (!_hashes.TryGetValue((purpose, value), out var candidates))
        {
            candidates = _store.Hasher.Candidates(purpose, value, _store.KeyedHashes.OldestLive);
            _hashes.Add((purpose, value), candidates);
        }

        return candidates;
    }

    private byte[] Hash(KeyedHashColumn column, string value) => Hash(column.Purpose, value);

    private IReadOnlyList<byte[]> Candidates(KeyedHashColumn column, string value) => Candidates(column.Purpose, value);

    // A unit asks for the same message more than once (the toewijzing a start leans on, once per product).
    private async Task<StoredMessage?> SingleMessageAsync(string where, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        var sql = $"SELECT {MessageColumns} FROM message m WHERE {where} LIMIT 1";
        var rows = await Reads.GetOrReadAsync(sql, parameters, async () =>
        {
            await using var command = Command(_connection, _transaction, sql, parameters);
            return (IReadOnlyList<StoredMessage>)await ReadAllAsync(command, r => ReadMessage(r, _store.Protector), cancellationToken);
        });
        return rows.Count == 0 ? null : rows[0];
    }

    private async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var command = Command(_connection, _transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
