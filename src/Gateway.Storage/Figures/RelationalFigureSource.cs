using System.Globalization;
using System.Runtime.CompilerServices;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Figures;
using Gateway.Storage.Relational;
using System.Data.Common;
using static Gateway.Storage.Relational.RelationalRows;

namespace Gateway.Storage.Figures;

/// <summary>
/// The figures' facts from the store's database, each read on its own connection and streamed row by row: the
/// ledger's toewijzingen, starts, stops and requests, and the judged prestaties (figure_prestatie). Every read is a range
/// scan on an index of its period (migration 8). Clients are the keyed hashes carried to the current key generation, as
/// the ledger's ClientIdOf gives them. Requests whose receipt is unknown (recorded before figures existed, message purged)
/// are in no scope.
/// </summary>
public sealed class RelationalFigureSource : IFigureSource
{
    private const string OpenEnd = "9999-12-31";
    private const string Current = RelationalMessageStore.KeyedHashCurrentFunction;

    private readonly RelationalMessageStore _store;

    /// <summary>Reads the message store's database.</summary>
    public RelationalFigureSource(RelationalMessageStore store) => _store = store;

    /// <inheritdoc />
    public IAsyncEnumerable<ToewijzingFact> ToewijzingenAsync(FigureScope scope, CancellationToken cancellationToken = default) =>
        StreamAsync(ToewijzingenSql(Count(scope)), ReadToewijzing, cancellationToken, [.. Days(scope), .. Gemeenten(scope)]);

    /// <inheritdoc />
    public IAsyncEnumerable<StartFact> StartsAsync(FigureScope scope, CancellationToken cancellationToken = default) =>
        StreamAsync(StartsSql(Count(scope)), ReadStart, cancellationToken, [.. Days(scope), .. Gemeenten(scope)]);

    /// <inheritdoc />
    public IAsyncEnumerable<StopFact> StopsAsync(FigureScope scope, CancellationToken cancellationToken = default) =>
        StreamAsync(StopsSql(Count(scope)), ReadStop, cancellationToken, [.. Days(scope), .. Gemeenten(scope)]);

    /// <inheritdoc />
    public IAsyncEnumerable<VerzoekFact> VerzoekenAsync(FigureScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return StreamAsync(VerzoekenSql(Count(scope), _store.KeyedHashes.RotationPending), ReadVerzoek, cancellationToken,
            [("@from", ToMs(FigureDays.StartOf(scope.Van))), ("@until", ToMs(FigureDays.StartOf(scope.Tot.AddDays(1)))), .. Gemeenten(scope)]);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<PrestatieFact> PrestatiesAsync(FigureScope scope, CancellationToken cancellationToken = default) =>
        StreamAsync(PrestatiesSql(Count(scope)), ReadPrestatie, cancellationToken,
            [.. Days(scope), ("@vanMaand", Maand.Of(scope.Van).ToString()), ("@totMaand", Maand.Of(scope.Tot).ToString()), .. Gemeenten(scope)]);

    /// <summary>
    /// The newest version (Toewijzingsdatum + Toewijzingstijd, unique per ToewijzingNummer) of every toewijzing whose
    /// period overlaps the days, unless it deletes the toewijzing (RedenWijziging 13); with the first version's
    /// Toewijzingsdatum and when the version first sent with this Ingangsdatum was recorded.
    /// </summary>
    internal static string ToewijzingenSql(int gemeenten) => $"""
        SELECT t.standard, t.gemeentecode, t.aanbieder, {Current}(t.hash_gen, t.client_hash), t.toewijzing_nummer, t.product_categorie, t.product_code,
            t.ingangsdatum, t.einddatum, t.volume, t.eenheid, t.frequentie, t.budget,
            (SELECT MIN(f.toewijzingsdatum) FROM ledger_toewijzing f
                WHERE f.standard = t.standard AND f.gemeentecode = t.gemeentecode AND f.toewijzing_nummer = t.toewijzing_nummer),
            (SELECT f.received_at FROM ledger_toewijzing f
                WHERE f.standard = t.standard AND f.gemeentecode = t.gemeentecode AND f.toewijzing_nummer = t.toewijzing_nummer AND f.ingangsdatum = t.ingangsdatum
                ORDER BY f.toewijzingsdatum, f.toewijzingstijd LIMIT 1),
            {Current}(t.hash_gen, t.referentie_aanbieder_hash)
        FROM ledger_toewijzing t
        WHERE COALESCE(t.einddatum, '{OpenEnd}') >= @van AND t.ingangsdatum <= @tot{GemeenteWhere("t", gemeenten)}
            AND t.reden_wijziging IS DISTINCT FROM '13'
            AND NOT EXISTS (SELECT 1 FROM ledger_toewijzing n
                WHERE n.standard = t.standard AND n.gemeentecode = t.gemeentecode AND n.toewijzing_nummer = t.toewijzing_nummer
                AND (n.toewijzingsdatum, n.toewijzingstijd) > (t.toewijzingsdatum, t.toewijzingstijd))
        """;

    /// <summary>The starts whose last line (per client at a provider and StartKey) adds them, with their first line's receipt.</summary>
    internal static string StartsSql(int gemeenten) => $"""
        SELECT l.standard, l.gemeentecode, l.aanbieder, k.client, l.toewijzing_nummer, l.product_categorie, l.product_code, l.begindatum, f.received_at
        FROM (SELECT {Current}(s.hash_gen, s.client_hash) AS client, MIN(s.id) AS first_id, MAX(s.id) AS last_id
              FROM ledger_start s
              WHERE s.begindatum BETWEEN @van AND @tot{GemeenteWhere("s", gemeenten)}
              GROUP BY s.standard, s.gemeentecode, s.aanbieder, client, s.toewijzing_nummer, s.product_categorie, s.product_code, s.begindatum) k
        JOIN ledger_start l ON l.id = k.last_id
        JOIN ledger_start f ON f.id = k.first_id
        WHERE l.status_aanlevering <> '3'
        """;

    /// <summary>The stops whose last line (per client at a provider and StopKey) adds them, with their first line's receipt.</summary>
    internal static string StopsSql(int gemeenten) => $"""
        SELECT l.standard, l.gemeentecode, l.aanbieder, k.client, l.toewijzing_nummer, l.product_categorie, l.product_code, l.begindatum, l.einddatum,
            l.reden_beeindiging, f.received_at
        FROM (SELECT {Current}(s.hash_gen, s.client_hash) AS client, MIN(s.id) AS first_id, MAX(s.id) AS last_id
              FROM ledger_stop s
              WHERE s.einddatum BETWEEN @van AND @tot{GemeenteWhere("s", gemeenten)}
              GROUP BY s.standard, s.gemeentecode, s.aanbieder, client, s.toewijzing_nummer, s.product_categorie, s.product_code, s.begindatum,
                  s.reden_beeindiging, s.einddatum) k
        JOIN ledger_stop l ON l.id = k.last_id
        JOIN ledger_stop f ON f.id = k.first_id
        WHERE l.status_aanlevering <> '3'
        """;

    /// <summary>
    /// The requests received in the scope, with the first 301 and every 319 of the same provider and standard that carry
    /// their ReferentieAanbieder (while a hash-key rotation is under way, compared in the current generation).
    /// </summary>
    internal static string VerzoekenSql(int gemeenten, bool rotationPending) => $"""
        SELECT v.standard, v.gemeentecode, v.aanbieder, {Current}(v.hash_gen, v.client_hash), v.bericht_code, v.product_categorie, v.product_code, v.received_at,
            (SELECT MIN(t.received_at) FROM ledger_toewijzing t WHERE t.standard = v.standard AND t.aanbieder = v.aanbieder AND {SameReferentie("t", rotationPending)}),
            (SELECT string_agg(a.verzoek_antwoord || ':' || COALESCE(CAST(a.received_at AS TEXT), ''), ',' ORDER BY a.id) FROM ledger_antwoord a
                WHERE a.standard = v.standard AND a.aanbieder = v.aanbieder AND {SameReferentie("a", rotationPending)})
        FROM ledger_verzoek v
        WHERE v.received_at >= @from AND v.received_at < @until{GemeenteWhere("v", gemeenten)}
        """;

    /// <summary>The judged prestaties whose ProductPeriode begins in the scope, with the reasons of the rejected ones.</summary>
    internal static string PrestatiesSql(int gemeenten) => $"""
        SELECT p.standard, p.gemeentecode, p.aanbieder, {Current}(p.hash_gen, p.client_hash), p.declaratie_message_id, p.toewijzing_nummer,
            p.product_categorie, p.product_code, p.periode_begin, p.periode_einde, p.geleverd_volume, p.eenheid, p.bedrag, p.state, p.received_at, p.answered_at,
            CASE WHEN p.state = 'rejected' THEN
                (SELECT string_agg(r.retour_code || ' ' || r.rule, ',') FROM figure_prestatie_reason r WHERE r.prestatie_id = p.id) END
        FROM figure_prestatie p
        WHERE p.maand BETWEEN @vanMaand AND @totMaand AND p.periode_begin BETWEEN @van AND @tot{GemeenteWhere("p", gemeenten)}
        """;

    private static string GemeenteWhere(string alias, int count) =>
        count == 0 ? "" : $" AND {alias}.gemeentecode IN ({string.Join(", ", Enumerable.Range(0, count).Select(i => "@g" + Number(i)))})";

    private static string SameReferentie(string alias, bool rotationPending) => rotationPending
        ? $"({alias}.referentie_aanbieder_hash = v.referentie_aanbieder_hash OR ({alias}.hash_gen <> v.hash_gen AND {Current}({alias}.hash_gen, {alias}.referentie_aanbieder_hash) = {Current}(v.hash_gen, v.referentie_aanbieder_hash)))"
        : $"{alias}.referentie_aanbieder_hash = v.referentie_aanbieder_hash";

    private static int Count(FigureScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.Gemeentecodes.Count;
    }

    private static (string, object?)[] Days(FigureScope scope) => [("@van", Date(scope.Van)), ("@tot", Date(scope.Tot))];

    private static IEnumerable<(string, object?)> Gemeenten(FigureScope scope) => scope.Gemeentecodes.Select((g, i) => ("@g" + Number(i), (object?)g));

    private async IAsyncEnumerable<T> StreamAsync<T>(string sql, Func<DbDataReader, T> map, [EnumeratorCancellation] CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var connection = await _store.OpenReadAsync(cancellationToken);
        await using var command = Command(connection, null, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return map(reader);
        }
    }

    private static ToewijzingFact ReadToewijzing(DbDataReader r) => new(
        ReadStandard(r),
        r.GetString(1),
        r.GetString(2),
        Hex(r, 3)!,
        r.GetInt64(4),
        ReadProduct(r, 5),
        ParseDate(r.GetString(7)),
        r.IsDBNull(8) ? null : ParseDate(r.GetString(8)),
        r.IsDBNull(9) ? null : new Omvang(r.GetInt64(9), r.GetString(10), r.GetString(11)),
        r.IsDBNull(12) ? null : r.GetInt64(12),
        ParseDate(r.GetString(13)),
        Instant(r, 14),
        Hex(r, 15));

    private static StartFact ReadStart(DbDataReader r) => new(
        ReadStandard(r), r.GetString(1), r.GetString(2), Hex(r, 3)!, r.IsDBNull(4) ? null : r.GetInt64(4), ReadProduct(r, 5), ParseDate(r.GetString(7)), Instant(r, 8));

    private static StopFact ReadStop(DbDataReader r) => new(
        ReadStandard(r), r.GetString(1), r.GetString(2), Hex(r, 3)!, r.IsDBNull(4) ? null : r.GetInt64(4), ReadProduct(r, 5),
        ParseDate(r.GetString(7)), ParseDate(r.GetString(8)), r.GetString(9), Instant(r, 10));

    private static VerzoekFact ReadVerzoek(DbDataReader r) => new(
        ReadStandard(r),
        r.GetString(1),
        r.GetString(2),
        Hex(r, 3)!,
        (MessageCode)r.GetInt32(4),
        ReadProduct(r, 5),
        Instant(r, 7),
        Instant(r, 8),
        r.IsDBNull(9) ? [] : [.. r.GetString(9).Split(',').Select(a => a.Split(':', 2)).Select(a => (a[0], a[1].Length == 0 ? (DateTimeOffset?)null : FromMs(long.Parse(a[1], CultureInfo.InvariantCulture))))]);

    private static PrestatieFact ReadPrestatie(DbDataReader r) => new(
        ReadStandard(r),
        r.GetString(1),
        r.GetString(2),
        Hex(r, 3)!,
        r.GetInt64(4),
        r.GetInt64(5),
        new Product(r.GetString(6), r.GetString(7)),
        ParseDate(r.GetString(8)),
        ParseDate(r.GetString(9)),
        r.GetInt64(10),
        r.GetString(11),
        r.GetInt64(12),
        FigureStates.Parse(r.GetString(13)),
        r.IsDBNull(16) ? [] : [.. r.GetString(16).Split(',').Select(reason => reason.Split(' ', 2)).Select(reason => new FigureReason(reason[0], reason[1]))],
        FromMs(r.GetInt64(14)),
        Instant(r, 15));

    private static Standard ReadStandard(DbDataReader r) =>
        StandardNames.TryParse(r.GetString(0), out var standard) ? standard : throw new InvalidDataException("Unknown standard in the ledger.");

    private static Product? ReadProduct(DbDataReader r, int categorie) =>
        r.IsDBNull(categorie) ? null : new Product(r.GetString(categorie), r.IsDBNull(categorie + 1) ? null : r.GetString(categorie + 1));

    private static string? Hex(DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToHexString((byte[])r.GetValue(i));

    private static DateTimeOffset? Instant(DbDataReader r, int i) => r.IsDBNull(i) ? null : FromMs(r.GetInt64(i));

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
