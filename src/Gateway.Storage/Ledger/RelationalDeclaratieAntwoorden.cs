using System.Globalization;
using Gateway.Messages.Privacy;
using Gateway.Messages.Standards;
using Gateway.Routing.Declaraties;
using Gateway.Routing.Ledger;
using Gateway.Routing.Store;
using Gateway.Storage.Relational;
using System.Data.Common;
using static Gateway.Storage.Relational.RelationalRows;

namespace Gateway.Storage.Ledger;

/// <summary>
/// Ceiling usage, signalled thresholds and held 325s in the store's database (migration 4), next to the ledger whose
/// prestaties they follow. Transactional methods work inside the relational store's <see cref="IStoreTransaction"/>.
/// </summary>
public sealed class RelationalDeclaratieAntwoorden : IDeclaratieAntwoordStore
{
    private const string ReasonSeparator = "\n";

    private const string HeldColumns =
        "answer_message_id, declaratie_message_id, standard, gemeentecode, aanbieder, declaratie_nummer, ingediend, toegekend, reasons, " +
        "ontvangen, deadline, state, decided_by, decided_at";

    private readonly RelationalMessageStore _store;

    /// <summary>Works on the relational message store (also when the pipeline sees it through a wrapper).</summary>
    public RelationalDeclaratieAntwoorden(RelationalMessageStore store) => _store = store;

    /// <inheritdoc />
    public async Task<long> CeilingUsageAsync(IStoreTransaction transaction, string ceilingId, int jaar, CancellationToken cancellationToken = default)
    {
        // PostgreSQL: without the lock two 323s on one ceiling, side by side, would each judge against the usage before
        // the other's grant, and together pass a ceiling neither passes alone. The lock is held until the unit ends.
        var tx = UnitOf(transaction);
        await LockCeilingAsync(tx, ceilingId, jaar, cancellationToken);
        var rows = await QueryAsync(tx, "SELECT used FROM ceiling_usage WHERE ceiling_id = @c AND jaar = @j", r => r.GetInt64(0), cancellationToken, ("@c", ceilingId), ("@j", jaar));
        return rows.Count == 0 ? 0 : rows[0];
    }

    /// <inheritdoc />
    public async Task<long> AddCeilingUsageAsync(IStoreTransaction transaction, string ceilingId, int jaar, long amount, CancellationToken cancellationToken = default)
    {
        // Under the lock, so that a unit judging the ceiling (CeilingUsageAsync) waits for this grant to commit; the usage
        // comes back from the same statement, so a grant needs no read of its own.
        var tx = UnitOf(transaction);
        await LockCeilingAsync(tx, ceilingId, jaar, cancellationToken);
        var rows = await QueryAsync(tx, """
            INSERT INTO ceiling_usage (ceiling_id, jaar, used, updated_at) VALUES (@c, @j, @amount, @now)
            ON CONFLICT (ceiling_id, jaar) DO UPDATE SET used = ceiling_usage.used + excluded.used, updated_at = excluded.updated_at
            RETURNING used
            """, r => r.GetInt64(0), cancellationToken, ("@c", ceilingId), ("@j", jaar), ("@amount", amount), ("@now", NowMs));
        return rows[0];
    }

    /// <inheritdoc />
    public async Task<bool> MarkThresholdReachedAsync(IStoreTransaction transaction, string ceilingId, int jaar, int drempel, long messageId, CancellationToken cancellationToken = default) =>
        await ExecuteAsync(UnitOf(transaction), """
            INSERT INTO ceiling_threshold (ceiling_id, jaar, drempel, message_id, reached_at) VALUES (@c, @j, @d, @m, @now) ON CONFLICT DO NOTHING
            """, cancellationToken, ("@c", ceilingId), ("@j", jaar), ("@d", drempel), ("@m", messageId), ("@now", NowMs)) == 1;

    /// <inheritdoc />
    public Task<IReadOnlyList<LedgerPrestatie>> PrestatiesOfDeclaratieAsync(IStoreTransaction transaction, long declaratieMessageId, CancellationToken cancellationToken = default) =>
        QueryAsync(UnitOf(transaction), $"{RelationalLedger.PrestatieSelect} WHERE p.message_id = @m ORDER BY p.id", RelationalLedger.ReadPrestatie, cancellationToken, ("@m", declaratieMessageId));

    /// <inheritdoc />
    public async Task<int> DecidePrestatiesAsync(IStoreTransaction transaction, long declaratieMessageId, DeclaratieVerdict verdict, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        var tx = UnitOf(transaction);
        var submitted = await QueryAsync(tx, "SELECT id, referentie_nummer FROM ledger_prestatie WHERE message_id = @m AND status = @s ORDER BY id",
            r => (Id: r.GetInt64(0), Referentie: r.GetString(1)), cancellationToken, ("@m", declaratieMessageId), ("@s", PrestatieStatus.Submitted));
        foreach (var (id, referentie) in submitted)
        {
            var status = verdict.JudgementOf(referentie) == PrestatieJudgement.Granted ? PrestatieStatus.Approved : PrestatieStatus.Rejected;
            await ExecuteAsync(tx, "UPDATE ledger_prestatie SET status = @s WHERE id = @id", cancellationToken, ("@s", status), ("@id", id));
        }

        return submitted.Count;
    }

    /// <inheritdoc />
    public Task HoldAsync(IStoreTransaction transaction, HeldAnswer held, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(held);
        return ExecuteAsync(UnitOf(transaction), $"""
            INSERT INTO held_answer ({HeldColumns}, held_at)
            VALUES (@a, @d, @s, @g, @agb, @nr, @in, @toe, @reasons, @ontvangen, @deadline, 'held', NULL, NULL, @now)
            """, cancellationToken,
            ("@a", held.AnswerMessageId), ("@d", held.DeclaratieMessageId), ("@s", held.Standard.Key()), ("@g", held.Gemeentecode), ("@agb", held.Aanbieder),
            ("@nr", held.DeclaratieNummer), ("@in", held.Ingediend), ("@toe", held.Toegekend), ("@reasons", string.Join(ReasonSeparator, held.Reasons)),
            ("@ontvangen", Date(held.Ontvangen)), ("@deadline", Date(held.Deadline)), ("@now", NowMs));
    }

    /// <inheritdoc />
    public async Task<HeldAnswer?> HeldAnswerOfDeclaratieAsync(IStoreTransaction transaction, long declaratieMessageId, CancellationToken cancellationToken = default) =>
        (await QueryAsync(UnitOf(transaction), $"SELECT {HeldColumns} FROM held_answer WHERE declaratie_message_id = @d", ReadHeld, cancellationToken, ("@d", declaratieMessageId))).SingleOrDefault();

    /// <inheritdoc />
    public async Task<HeldAnswer?> HeldAnswerAsync(IStoreTransaction transaction, long answerMessageId, CancellationToken cancellationToken = default) =>
        (await QueryAsync(UnitOf(transaction), $"SELECT {HeldColumns} FROM held_answer WHERE answer_message_id = @a", ReadHeld, cancellationToken, ("@a", answerMessageId))).SingleOrDefault();

    /// <inheritdoc />
    public async Task<bool> DecideAsync(IStoreTransaction transaction, long answerMessageId, HeldAnswerState to, string actor, CancellationToken cancellationToken = default)
    {
        if (to == HeldAnswerState.Held)
        {
            throw new ArgumentOutOfRangeException(nameof(to), "A decision moves a held 325 to released or replaced.");
        }

        return await ExecuteAsync(UnitOf(transaction), """
            UPDATE held_answer SET state = @to, decided_by = @actor, decided_at = @now WHERE answer_message_id = @a AND state = 'held'
            """, cancellationToken, ("@to", StateText(to)), ("@actor", (object?)BsnRedactor.Redact(actor)), ("@now", NowMs), ("@a", answerMessageId)) == 1;
    }

    /// <summary>The held 325s (an index search on state: bounded by what is held, not by history).</summary>
    internal const string ListHeldSql = $"SELECT {HeldColumns} FROM held_answer WHERE state = 'held' ORDER BY deadline, answer_message_id";

    /// <summary>Usage per ceiling and year: reads the ceiling tables, one row per ceiling, year and threshold, never per message.</summary>
    internal const string ListCeilingUsageSql = """
                    SELECT k.ceiling_id, k.jaar, COALESCE(u.used, 0),
                        (SELECT string_agg(CAST(t.drempel AS TEXT), ',' ORDER BY t.drempel) FROM ceiling_threshold t WHERE t.ceiling_id = k.ceiling_id AND t.jaar = k.jaar)
                    FROM (SELECT ceiling_id, jaar FROM ceiling_usage UNION SELECT ceiling_id, jaar FROM ceiling_threshold) k
                    LEFT JOIN ceiling_usage u ON u.ceiling_id = k.ceiling_id AND u.jaar = k.jaar
                    ORDER BY k.ceiling_id, k.jaar
                    """;

    /// <inheritdoc />
    public Task<IReadOnlyList<HeldAnswer>> ListHeldAsync(CancellationToken cancellationToken = default) =>
        _store.ReadAsync(
            async connection =>
            {
                await using var command = Command(connection, null, ListHeldSql);
                IReadOnlyList<HeldAnswer> rows = await ReadAllAsync(command, ReadHeld, cancellationToken);
                return rows;
            },
            cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<CeilingUsage>> ListCeilingUsageAsync(CancellationToken cancellationToken = default) =>
        _store.ReadAsync(
            async connection =>
            {
                await using var command = Command(connection, null, ListCeilingUsageSql);
                IReadOnlyList<CeilingUsage> rows = await ReadAllAsync(command, r => new CeilingUsage(
                    r.GetString(0),
                    r.GetInt32(1),
                    r.GetInt64(2),
                    r.IsDBNull(3) ? [] : [.. r.GetString(3).Split(',').Select(t => int.Parse(t, CultureInfo.InvariantCulture))]), cancellationToken);
                return rows;
            },
            cancellationToken);

    private long NowMs => ToMs(_store.Time.GetUtcNow());

    private static HeldAnswer ReadHeld(DbDataReader r) => new(
        r.GetInt64(0),
        r.GetInt64(1),
        StandardNames.TryParse(r.GetString(2), out var standard) ? standard : throw new InvalidOperationException("Unknown standard in held_answer."),
        r.GetString(3),
        r.GetString(4),
        r.GetString(5),
        r.GetInt64(6),
        r.GetInt64(7),
        r.GetString(8).Split(ReasonSeparator, StringSplitOptions.RemoveEmptyEntries),
        ParseDate(r.GetString(9)),
        ParseDate(r.GetString(10)),
        r.GetString(11) switch
        {
            "held" => HeldAnswerState.Held,
            "released" => HeldAnswerState.Released,
            _ => HeldAnswerState.Replaced,
        },
        r.IsDBNull(12) ? null : r.GetString(12),
        r.IsDBNull(13) ? null : FromMs(r.GetInt64(13)));

    private static string StateText(HeldAnswerState state) => state.ToString().ToLowerInvariant();

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Task LockCeilingAsync(RelationalStoreTransaction tx, string ceilingId, int jaar, CancellationToken cancellationToken) =>
        tx.Reads.LockOnceAsync(
            $"ceiling:{ceilingId}/{jaar.ToString(CultureInfo.InvariantCulture)}",
            () => tx.Store.Dialect.LockCeilingAsync(tx.Connection, tx.Transaction, ceilingId, jaar, cancellationToken));

    private static RelationalStoreTransaction UnitOf(IStoreTransaction transaction) => RelationalStoreTransaction.Of(transaction, "Ceiling usage and held 325s");

    private static async Task<int> ExecuteAsync(RelationalStoreTransaction tx, string sql, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var command = Command(tx.Connection, tx.Transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<IReadOnlyList<T>> QueryAsync<T>(RelationalStoreTransaction tx, string sql, Func<DbDataReader, T> map, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var command = Command(tx.Connection, tx.Transaction, sql, parameters);
        return await ReadAllAsync(command, map, cancellationToken);
    }
}
