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

    public RelationalStoreTransaction(RelationalMessageStore store, WriteUnit unit, StrongBox<RelationalMessageStore?> held)
    {
        _store = store;
        _unit = unit;
        _held = held;
        _connection = unit.Connection;
        _transaction = unit.Transaction;
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
        long id;
        await using (var insert = Command(
            _connection,
            _transaction,
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
            """ + (_store.Dialect.FailureAbortsTransaction ? ";\n" + ReleaseInsertSavepoint : ";"),
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
            ("@envSealed", SealedEnvelope.Seal(_store.Protector, message.Envelope?.Zender, message.Envelope?.Referentienummer, message.Envelope?.CrossRefnummer)),
            ("@contentHash", message.ContentHash ?? ContentHash.Of(message.Payload.Span)),
            ("@size", message.Payload.Length),
            ("@refused", message.Refused),
            ("@hashGen", _store.Hasher.CurrentGeneration),
            ("@correlates", message.CorrelatesTo),
            ("@gemeente", message.Gemeentecode),
            ("@codes", JoinCodes(message.RetourCodes)),
            ("@keyid", _store.Protector.CurrentKeyId),
            ("@payload", _store.Protector.Protect(trimmed ? message.Payload.Span[..RetentionPolicy.RefusedPayloadPrefix] : message.Payload.Span)),
            ("@trimmed", trimmed),
            ("@now", now)))
        {
            var guarded = _store.Dialect.FailureAbortsTransaction;
            if (guarded)
            {
                await _transaction.SaveAsync(InsertSavepoint, cancellationToken);
            }

            try
            {
                // Guarded, the savepoint is released by the same round trip (a failed insert skips the rest of it).
                id = (long)(await insert.ExecuteScalarAsync(cancellationToken))!;
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

        // One multi-row statement per table rather than one per row.
        var generation = _store.Hasher.CurrentGeneration;
        await InsertRowsAsync(
            "message_bsn (bsn_hash, hash_gen, message_id)",
            [.. message.Bsns.Select(_store.Hasher.Hash).DistinctBy(Convert.ToHexString).Select(hash => new object?[] { hash, generation, id })],
            cancellationToken);
        await InsertRowsAsync(
            "message_chain_key (chain_key, message_id)",
            [.. message.ChainKeys.Distinct(StringComparer.Ordinal).Select(key => new object?[] { BsnRedactor.Redact(key), id })],
            cancellationToken);
        await InsertRowsAsync(
            "message_chain_hash (message_id, kind, key_hash, hash_gen)",
            [.. message.ChainReferences.Distinct().Select(reference => new object?[] { id, reference.KindName, _store.Hasher.HashIdentifier(reference.Value), generation })],
            cancellationToken);
        await WriteRetourCodesAsync(id, message.RetourCodes, cancellationToken);
        await InsertEventAsync(_connection, _transaction, id, now, message.EventType, message.EventDetail, actor: null, cancellationToken);
        return id;
    }

    public async Task UpdateStateAsync(long messageId, MessageState state, string eventType, string? detail = null, IReadOnlyList<string>? retourCodes = null, CancellationToken cancellationToken = default)
    {
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
            await ExecuteAsync("DELETE FROM message_retour_code WHERE message_id = @id", cancellationToken, ("@id", messageId));
            await WriteRetourCodesAsync(messageId, retourCodes, cancellationToken);
        }

        await InsertEventAsync(_connection, _transaction, messageId, now, eventType, detail, actor: null, cancellationToken);
    }

    public Task AddEventAsync(long messageId, string eventType, string? detail = null, string? actor = null, CancellationToken cancellationToken = default) =>
        InsertEventAsync(_connection, _transaction, messageId, NowMs, eventType, detail, actor, cancellationToken);

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
        await InsertEventAsync(_connection, _transaction, messageId, now, MessageEventTypes.DeliveryQueued, $"delivery {id} to {destination}", actor: null, cancellationToken);
        return id;
    }

    public Task<bool> RefuseDeliveryAsync(DeliveryLease lease, string reason, CancellationToken cancellationToken = default) =>
        RelationalMessageStore.RefuseAsync(_connection, _transaction, lease, NowMs, reason, cancellationToken);

    public Task<int> RefuseDeliveredAsync(long messageId, DeliveryDestination destination, string reason, CancellationToken cancellationToken = default) =>
        RelationalMessageStore.RefuseDeliveredAsync(_connection, _transaction, messageId, destination, NowMs, reason, cancellationToken);

    public Task CommitAsync(CancellationToken cancellationToken = default)
    {
        _held.Value = null;
        return _unit.CommitAsync(cancellationToken);
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

    private Task WriteRetourCodesAsync(long messageId, IEnumerable<string> codes, CancellationToken cancellationToken) =>
        InsertRowsAsync("message_retour_code (retour_code, message_id)", [.. codes.Distinct(StringComparer.Ordinal).Select(code => new object?[] { code, messageId })], cancellationToken);

    /// <summary>Inserts <paramref name="rows"/> into <paramref name="table"/> (<c>name (columns)</c>) in one statement, skipping rows already there.</summary>
    private async Task InsertRowsAsync(string table, IReadOnlyList<object?[]> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var values = rows.Select((row, r) => "(" + string.Join(", ", row.Select((_, c) => $"@p{Number(r)}_{Number(c)}")) + ")");
        var parameters = rows.SelectMany((row, r) => row.Select((value, c) => ($"@p{Number(r)}_{Number(c)}", value)));
        await ExecuteAsync($"INSERT INTO {table} VALUES {string.Join(", ", values)} ON CONFLICT DO NOTHING", cancellationToken, [.. parameters]);
    }

    private byte[] Hash(KeyedHashColumn column, string value) => _store.Hasher.Hash(column.Purpose, value);

    /// <summary>The hashes of <paramref name="value"/> in every generation a row may still be in, oldest first.</summary>
    private IReadOnlyList<byte[]> Candidates(KeyedHashColumn column, string value) =>
        _store.Hasher.Candidates(column.Purpose, value, _store.KeyedHashes.OldestLive);

    private async Task<StoredMessage?> SingleMessageAsync(string where, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var command = Command(_connection, _transaction, $"SELECT {MessageColumns} FROM message m WHERE {where} LIMIT 1", parameters);
        var rows = await ReadAllAsync(command, r => ReadMessage(r, _store.Protector), cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    private async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var command = Command(_connection, _transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
