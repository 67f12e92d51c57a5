using System.Globalization;
using Gateway.Messages.Standards;
using Gateway.Routing.Obligations;
using Gateway.Routing.Store;
using Gateway.Storage.Protection;
using Gateway.Storage.Relational;
using System.Data.Common;
using static Gateway.Storage.Relational.RelationalRows;

namespace Gateway.Storage.Obligations;

/// <summary>
/// The obligations in the store's database (migration 9: obligation), written inside the <see cref="IStoreTransaction"/>
/// it gets (the relational store's), like the ledger; listed on a read connection of their own. The reference is kept only as
/// a keyed hash (<see cref="KeyedHashColumns.ObligationReference"/>: a ReferentieAanbieder is free text and could hold a
/// BSN), matched over every live key generation like the message's dedup key.
/// </summary>
public sealed class RelationalObligations : IObligationStore
{
    private const string Columns = "id, kind, owner, standard, gemeentecode, aanbieder, opened_by, since, due, opened_at, closed_by, closed_at, late, approaching_at, overdue_at";

    private readonly RelationalMessageStore _store;

    /// <summary>Creates the obligations over the store's database.</summary>
    public RelationalObligations(RelationalMessageStore store) => _store = store;

    /// <inheritdoc />
    public Task<long> OpenAsync(IStoreTransaction transaction, NewObligation obligation, CancellationToken cancellationToken = default) =>
        InsertAsync(transaction, obligation, null, cancellationToken);

    /// <inheritdoc />
    public Task<long> RecordFulfilledAsync(IStoreTransaction transaction, NewObligation obligation, DateOnly fulfilledOn, CancellationToken cancellationToken = default) =>
        InsertAsync(transaction, obligation, fulfilledOn, cancellationToken);

    /// <inheritdoc />
    public async Task<int> CloseAsync(IStoreTransaction transaction, ObligationClosing closing, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(closing);
        var tx = UnitOf(transaction);
        var (match, parameters) = Key(tx, closing.Kind, closing.Standard, closing.Gemeentecode, closing.Aanbieder, closing.Reference);
        await using var update = Command(tx.Connection, tx.Transaction, $"""
            UPDATE obligation SET closed_by = @by, closed_at = @now, late = (@counts AND due < @on)
            WHERE closed_at IS NULL AND {match}
            """,
            [("@by", closing.ClosedBy), ("@now", ToMs(_store.Time.GetUtcNow())), ("@counts", closing.CountsLate), ("@on", Date(closing.ClosedOn)), .. parameters]);
        return await update.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<Obligation?> FindAsync(IStoreTransaction transaction, ObligationKind kind, Standard standard, string gemeentecode, string aanbieder, string reference, CancellationToken cancellationToken = default)
    {
        var tx = UnitOf(transaction);
        var (match, parameters) = Key(tx, kind, standard, gemeentecode, aanbieder, reference);
        await using var select = Command(tx.Connection, tx.Transaction, $"SELECT {Columns} FROM obligation WHERE {match} ORDER BY id DESC LIMIT 1", parameters);
        return (await ReadAllAsync(select, Read, cancellationToken)).SingleOrDefault();
    }

    /// <inheritdoc />
    public async Task<bool> MarkSignalledAsync(IStoreTransaction transaction, long obligationId, ObligationSignal signal, CancellationToken cancellationToken = default)
    {
        var tx = UnitOf(transaction);
        // An overdue obligation is past approaching too: it never signals approaching afterwards.
        var sql = signal == ObligationSignal.Overdue
            ? "UPDATE obligation SET overdue_at = @now, approaching_at = COALESCE(approaching_at, @now) WHERE id = @id AND closed_at IS NULL AND overdue_at IS NULL"
            : "UPDATE obligation SET approaching_at = @now WHERE id = @id AND closed_at IS NULL AND approaching_at IS NULL";
        await using var update = Command(tx.Connection, tx.Transaction, sql, ("@now", ToMs(_store.Time.GetUtcNow())), ("@id", obligationId));
        return await update.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Obligation>> ListAsync(bool includeClosed = false, CancellationToken cancellationToken = default) =>
        _store.ReadAsync(
            async connection =>
            {
                await using var select = Command(connection, null, $"SELECT {Columns} FROM obligation {(includeClosed ? "" : "WHERE closed_at IS NULL ")}ORDER BY due, id");
                IReadOnlyList<Obligation> rows = await ReadAllAsync(select, Read, cancellationToken);
                return rows;
            },
            cancellationToken);

    private async Task<long> InsertAsync(IStoreTransaction transaction, NewObligation obligation, DateOnly? fulfilledOn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(obligation);
        var tx = UnitOf(transaction);
        var now = ToMs(_store.Time.GetUtcNow());
        await using var insert = Command(tx.Connection, tx.Transaction, """
            INSERT INTO obligation (kind, owner, standard, gemeentecode, aanbieder, reference_hash, hash_gen, opened_by, since, due, opened_at, closed_by, closed_at, late)
            VALUES (@k, @o, @s, @g, @a, @r, @gen, @by, @since, @due, @now, @closedBy, @closedAt, @late)
            RETURNING id
            """,
            ("@k", Text(obligation.Kind)), ("@o", Text(obligation.Owner)), ("@s", obligation.Standard.Key()), ("@g", obligation.Gemeentecode),
            ("@a", obligation.Aanbieder), ("@r", tx.Hash(KeyedHashColumns.ObligationReference.Purpose, obligation.Reference)),
            ("@gen", _store.Hasher.CurrentGeneration), ("@by", obligation.OpenedBy), ("@since", Date(obligation.Since)), ("@due", Date(obligation.Due)),
            ("@now", now), ("@closedBy", fulfilledOn is null ? null : obligation.OpenedBy), ("@closedAt", fulfilledOn is null ? null : now),
            ("@late", fulfilledOn is { } on && on > obligation.Due));
        return Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static Obligation Read(DbDataReader r) => new()
    {
        Id = r.GetInt64(0),
        Kind = Enum.Parse<ObligationKind>(r.GetString(1)),
        Owner = Enum.Parse<ObligationOwner>(r.GetString(2)),
        Standard = StandardNames.TryParse(r.GetString(3), out var standard) ? standard : throw new InvalidDataException("Unknown standard in obligation."),
        Gemeentecode = r.GetString(4),
        Aanbieder = r.GetString(5),
        OpenedBy = r.GetInt64(6),
        Since = DateOnly.ParseExact(r.GetString(7), "yyyy-MM-dd", CultureInfo.InvariantCulture),
        Due = DateOnly.ParseExact(r.GetString(8), "yyyy-MM-dd", CultureInfo.InvariantCulture),
        OpenedAt = FromMs(r.GetInt64(9)),
        ClosedBy = r.IsDBNull(10) ? null : r.GetInt64(10),
        ClosedAt = r.IsDBNull(11) ? null : FromMs(r.GetInt64(11)),
        Late = r.GetBoolean(12),
        ApproachingSignalled = !r.IsDBNull(13),
        OverdueSignalled = !r.IsDBNull(14),
    };

    /// <summary>The WHERE of one key: the reference's hash under every live key generation (a rotation may be under way).</summary>
    private static (string Match, (string Name, object? Value)[] Parameters) Key(RelationalStoreTransaction tx, ObligationKind kind, Standard standard, string gemeentecode, string aanbieder, string reference)
    {
        var hashes = tx.Candidates(KeyedHashColumns.ObligationReference.Purpose, reference);
        var names = hashes.Select((_, g) => "@r" + Number(g)).ToList();
        return (
            $"reference_hash IN ({string.Join(", ", names)}) AND kind = @k AND standard = @s AND gemeentecode = @g AND aanbieder = @a",
            [("@k", Text(kind)), ("@s", standard.Key()), ("@g", gemeentecode), ("@a", aanbieder), .. hashes.Select((h, g) => (names[g], (object?)h))]);
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static RelationalStoreTransaction UnitOf(IStoreTransaction transaction) => RelationalStoreTransaction.Of(transaction, "The obligations");
}
