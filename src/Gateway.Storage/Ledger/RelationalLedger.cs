using System.Globalization;
using Gateway.Messages.Answers;
using Gateway.Routing.Declaraties;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Ledger;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Store;
using Gateway.Storage.Protection;
using Gateway.Storage.Relational;
using System.Data.Common;
using static Gateway.Storage.Relational.RelationalRows;

namespace Gateway.Storage.Ledger;

/// <summary>
/// The ledger in the store's database (SQLite or PostgreSQL). Stateless: every call works inside the <see cref="IStoreTransaction"/> it
/// gets (which must be the relational store's), so what the pipeline records and what the ledger learns commit together.
/// A 323 is recorded when its verdict grants at least part of it (<see cref="DeclaratieVerdict.GrantsAny"/>): every
/// prestatie as the verdict judges it, approved or rejected (also with its client); submitted while the 325 is held.
/// A fact is recorded under the gemeentecode its message carried; every lookup by gemeente finds the facts of all codes
/// a municipal merger joined (<see cref="IGemeenteMergers"/>) and answers them as the asked gemeente's, so a ceased
/// code's history is its successor's (and the successor's the old code's).
/// </summary>
public sealed class RelationalLedger : ILedger, ILedgerReader
{
    private const string PartyColumns = "standard, gemeentecode, aanbieder";

    /// <summary>Where the dialect's query of the codes in the JSON array <c>@g</c> goes (<see cref="SqlDialect.JsonArrayValues"/>).</summary>
    private const string Gemeenten = "(/*gemeenten*/)";

    /// <summary>The gemeentecodes a lookup by <c>@g</c> (a JSON array of codes) finds facts under: after a merger, both the ceased code and its successor.</summary>
    private const string SameGemeente = "gemeentecode IN " + Gemeenten;

    private readonly IGemeenteMergers _mergers;

    /// <summary>A ledger where every gemeentecode stands for itself.</summary>
    public RelationalLedger()
        : this(NoGemeenteMergers.Instance)
    {
    }

    /// <summary>A ledger whose lookups by gemeente find the facts of every code joined to it by a merger.</summary>
    public RelationalLedger(IGemeenteMergers mergers)
    {
        ArgumentNullException.ThrowIfNull(mergers);
        _mergers = mergers;
    }

    /// <summary>When the message of a fact was recorded (it is, earlier in the same transaction), kept with the fact for the figures.</summary>
    internal const string ReceivedAt = "(SELECT created_at FROM message WHERE id = @m)";

    /// <inheritdoc />
    public async ValueTask ApplyAsync(LedgerEntry entry, IStoreTransaction transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var tx = UnitOf(transaction);
        if (entry.Bericht is Bericht302 retour)
        {
            await RetractRejectedToewijzingAsync(tx, entry, retour, cancellationToken);
            return;
        }

        // Every fact of one message in one command: nothing here waits for what an insert returns.
        var parties = LedgerParties.Of(entry.Bericht);
        var batch = new StatementBatch(tx.Store.Dialect);
        switch (entry.Bericht)
        {
            case Bericht301 b:
                foreach (var p in b.Client.ToegewezenProducten)
                {
                    // A 301 re-sends every current toewijzing: an unchanged version (same datum + tijd) is not stored twice.
                    Add(tx, batch, $"""
                        INSERT INTO ledger_toewijzing (message_id, {PartyColumns}, client_hash, hash_gen, toewijzing_nummer, referentie_aanbieder_hash,
                            product_categorie, product_code, toewijzingsdatum, toewijzingstijd, ingangsdatum, einddatum, reden_wijziging,
                            volume, eenheid, frequentie, budget, received_at)
                        VALUES (@m, @s, @g, @a, @c, @cg, @n, @ref, @cat, @code, @td, @tt, @in, @eind, @reden, @vol, @eenheid, @freq, @budget, {ReceivedAt})
                        ON CONFLICT DO NOTHING
                        """,
                        [.. Common(entry, parties, tx, b.Client.Bsn), ("@n", p.ToewijzingNummer), ("@ref", Referentie(tx, p.ReferentieAanbieder)), ("@cat", p.Product?.Categorie), ("@code", p.Product?.Code),
                        ("@td", Date(p.Toewijzingsdatum)), ("@tt", p.Toewijzingstijd.ToString("HH:mm:ss", CultureInfo.InvariantCulture)), ("@in", Date(p.Ingangsdatum)), ("@eind", Date(p.Einddatum)),
                        ("@reden", p.RedenWijziging), ("@vol", p.Omvang?.Volume), ("@eenheid", p.Omvang?.Eenheid), ("@freq", p.Omvang?.Frequentie), ("@budget", p.Budget)]);
                }

                break;
            case Bericht305 b:
                foreach (var p in b.Client.StartProducten)
                {
                    Add(tx, batch, $"""
                        INSERT INTO ledger_start (message_id, {PartyColumns}, client_hash, hash_gen, toewijzing_nummer, product_categorie, product_code,
                            toewijzing_ingangsdatum, begindatum, status_aanlevering, received_at)
                        VALUES (@m, @s, @g, @a, @c, @cg, @n, @cat, @code, @ti, @begin, @status, {ReceivedAt})
                        """,
                        [.. Common(entry, parties, tx, b.Client.Bsn), ("@n", p.ToewijzingNummer), ("@cat", p.Product?.Categorie), ("@code", p.Product?.Code),
                        ("@ti", Date(p.ToewijzingIngangsdatum)), ("@begin", Date(p.Begindatum)), ("@status", p.StatusAanlevering)]);
                }

                break;
            case Bericht307 b:
                foreach (var p in b.Client.StopProducten)
                {
                    Add(tx, batch, $"""
                        INSERT INTO ledger_stop (message_id, {PartyColumns}, client_hash, hash_gen, toewijzing_nummer, product_categorie, product_code,
                            toewijzing_ingangsdatum, begindatum, reden_beeindiging, einddatum, status_aanlevering, received_at)
                        VALUES (@m, @s, @g, @a, @c, @cg, @n, @cat, @code, @ti, @begin, @reden, @eind, @status, {ReceivedAt})
                        """,
                        [.. Common(entry, parties, tx, b.Client.Bsn), ("@n", p.ToewijzingNummer), ("@cat", p.Product?.Categorie), ("@code", p.Product?.Code),
                        ("@ti", Date(p.ToewijzingIngangsdatum)), ("@begin", Date(p.Begindatum)), ("@reden", p.RedenBeeindiging), ("@eind", Date(p.Einddatum)), ("@status", p.StatusAanlevering)]);
                }

                break;
            case Bericht315 b:
                foreach (var p in b.Client.AangevraagdeProducten)
                {
                    AddVerzoek(tx, batch, entry, parties, b.Client.Bsn, p.ReferentieAanbieder, p.Product);
                }

                break;
            case Bericht317 b:
                AddVerzoek(tx, batch, entry, parties, b.Client.Bsn, b.Client.Verzoek.ReferentieAanbieder, null);
                break;
            case Bericht319 b:
                Add(tx, batch, $"""
                    INSERT INTO ledger_antwoord (message_id, {PartyColumns}, referentie_aanbieder_hash, hash_gen, verzoek_antwoord, reden_afwijzing_verzoek, received_at)
                    VALUES (@m, @s, @g, @a, @ref, @cg, @antwoord, @reden, {ReceivedAt})
                    """,
                    ("@m", entry.MessageId), ("@s", parties.Standard.Key()), ("@g", parties.Gemeentecode), ("@a", parties.Aanbieder),
                    ("@ref", Referentie(tx, b.Antwoord.ReferentieAanbieder)), ("@cg", tx.Store.Hasher.CurrentGeneration), ("@antwoord", b.Antwoord.VerzoekAntwoord), ("@reden", b.Antwoord.RedenAfwijzingVerzoek));
                break;
            case Bericht323 b:
                AddDeclaratie(tx, batch, entry, parties, b.Declaratie);
                break;
        }

        await batch.ExecuteAsync(tx.Connection, tx.Transaction, cancellationToken);
    }

    private static void AddDeclaratie(RelationalStoreTransaction tx, StatementBatch batch, LedgerEntry entry, LedgerParties parties, Declaratie declaratie)
    {
        Add(tx, batch, $"""
            INSERT INTO ledger_declaratie (message_id, {PartyColumns}, declaratie_nummer, periode_begin, periode_einde, received_at)
            VALUES (@m, @s, @g, @a, @nr, @begin, @einde, {ReceivedAt})
            """,
            ("@m", entry.MessageId), ("@s", parties.Standard.Key()), ("@g", parties.Gemeentecode), ("@a", parties.Aanbieder),
            ("@nr", declaratie.DeclaratieNummer), ("@begin", Date(declaratie.DeclaratiePeriode.Begindatum)), ("@einde", Date(declaratie.DeclaratiePeriode.Einddatum)));

        // Its prestaties name the declaratie by the id its insert just drew, in the same command.
        var declaratieId = tx.Store.Dialect.LastInsertedId("ledger_declaratie");

        // The verdict lists clients and prestaties in message order, as the 323 does.
        var verdict = entry.Verdict ?? throw new InvalidOperationException("A 323 is applied to the ledger with its verdict.");
        for (var c = 0; c < declaratie.Clienten.Count; c++)
        {
            var client = declaratie.Clienten[c];
            for (var i = 0; i < client.Prestaties.Count; i++)
            {
                var p = client.Prestaties[i];
                var status = !verdict.Clienten[c].Prestaties[i].IsGranted ? PrestatieStatus.Rejected : entry.Held ? PrestatieStatus.Submitted : PrestatieStatus.Approved;
                Add(tx, batch, $"""
                    INSERT INTO ledger_prestatie (declaratie_id, message_id, {PartyColumns}, client_hash, hash_gen, referentie_nummer, vorig_referentie_nummer,
                        toewijzing_nummer, product_categorie, product_code, periode_begin, periode_einde, geleverd_volume, eenheid, product_tarief,
                        bedrag, debet_credit, status)
                    VALUES ({declaratieId}, @m, @s, @g, @a, @c, @cg, @ref, @vorig, @n, @cat, @code, @begin, @einde, @vol, @eenheid, @tarief, @bedrag, @dc, @status)
                    """,
                    [.. Common(entry, parties, tx, client.Bsn), ("@ref", p.ProductReferentie.ReferentieNummer), ("@vorig", p.ProductReferentie.VorigReferentieNummer),
                    ("@n", p.ToewijzingNummer), ("@cat", p.ProductCategorie), ("@code", p.ProductCode), ("@begin", Date(p.ProductPeriode.Begindatum)), ("@einde", Date(p.ProductPeriode.Einddatum)),
                    ("@vol", p.GeleverdVolume), ("@eenheid", p.Eenheid), ("@tarief", p.ProductTarief), ("@bedrag", p.IngediendBedrag.Bedrag), ("@dc", p.IngediendBedrag.DebetCredit),
                    ("@status", status)]);
            }
        }
    }

    /// <inheritdoc />
    public string ClientIdOf(IStoreTransaction transaction, string bsn) => Convert.ToHexString(UnitOf(transaction).Hash(KeyedHashPurpose.Bsn, bsn));

    /// <inheritdoc />
    public async Task<IReadOnlyList<LedgerToewijzing>> ToewijzingVersionsAsync(IStoreTransaction transaction, Standard standard, string gemeentecode, long toewijzingNummer, CancellationToken cancellationToken = default) =>
        AsAsked(gemeentecode, await QueryAsync(UnitOf(transaction), $"SELECT {ToewijzingColumns} FROM ledger_toewijzing WHERE standard = @s AND {SameGemeente} AND toewijzing_nummer = @n ORDER BY id", ReadToewijzing, cancellationToken,
            ("@s", standard.Key()), ("@g", Joined(gemeentecode)), ("@n", toewijzingNummer)));

    /// <inheritdoc />
    public async Task<IReadOnlyList<LedgerToewijzing>> ToewijzingenOfClientAsync(IStoreTransaction transaction, LedgerParties parties, string clientId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parties);
        var tx = UnitOf(transaction);
        await LockClientAsync(tx, Convert.FromHexString(clientId), cancellationToken);
        return AsAsked(parties.Gemeentecode, await QueryAsync(tx, $"SELECT {ToewijzingColumns} FROM ledger_toewijzing WHERE {ClientWhereOf(tx)} ORDER BY id", ReadToewijzing, cancellationToken, ClientParameters(tx, parties, clientId)));
    }

    /// <inheritdoc />
    public async Task<StartStopHistory> StartStopAsync(IStoreTransaction transaction, LedgerParties parties, string clientId, CancellationToken cancellationToken = default)
    {
        var tx = UnitOf(transaction);
        await LockClientAsync(tx, Convert.FromHexString(clientId), cancellationToken);

        // Starts and stops in one command, two result sets.
        var sql = InDialect(tx, $"""
            SELECT toewijzing_nummer, product_categorie, product_code, begindatum, status_aanlevering, message_id FROM ledger_start WHERE {ClientWhereOf(tx)} ORDER BY id;
            SELECT toewijzing_nummer, product_categorie, product_code, begindatum, reden_beeindiging, einddatum, status_aanlevering, message_id FROM ledger_stop WHERE {ClientWhereOf(tx)} ORDER BY id
            """);
        var parameters = ClientParameters(tx, parties, clientId);
        var history = await tx.Reads.GetOrReadAsync(sql, parameters, async () =>
        {
            await using var command = Command(tx.Connection, tx.Transaction, sql, parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var starts = new List<LedgerStart>();
            while (await reader.ReadAsync(cancellationToken))
            {
                starts.Add(new LedgerStart(ReadStartKey(reader), reader.GetString(4), reader.GetInt64(5)));
            }

            var stops = new List<LedgerStop>();
            if (await reader.NextResultAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    stops.Add(new LedgerStop(new StopKey(ReadStartKey(reader), reader.GetString(4), ParseDate(reader.GetString(5))), reader.GetString(6), reader.GetInt64(7)));
                }
            }

            return (IReadOnlyList<StartStopHistory>)[new StartStopHistory(starts, stops)];
        });
        return history[0];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<LedgerVerzoek>> VerzoekenOfClientAsync(IStoreTransaction transaction, LedgerParties parties, string clientId, CancellationToken cancellationToken = default)
    {
        var tx = UnitOf(transaction);
        await LockClientAsync(tx, Convert.FromHexString(clientId), cancellationToken);
        var rows = await QueryAsync(tx, $"SELECT {VerzoekColumns} FROM ledger_verzoek WHERE {ClientWhereOf(tx)} ORDER BY id", ReadVerzoek, cancellationToken, ClientParameters(tx, parties, clientId));
        var verzoeken = new List<LedgerVerzoek>();
        foreach (var row in rows)
        {
            verzoeken.Add(await CompleteAsync(tx, row with { Parties = parties }, cancellationToken));
        }

        return verzoeken;
    }

    /// <inheritdoc />
    public async Task<LedgerVerzoek?> VerzoekAsync(IStoreTransaction transaction, Standard standard, string aanbieder, string referentieAanbieder, CancellationToken cancellationToken = default)
    {
        var tx = UnitOf(transaction);
        // While a hash-key rotation is under way, the request may still be stored under the hash of an older generation.
        var candidates = tx.Candidates(KeyedHashColumns.VerzoekReferentie.Purpose, referentieAanbieder);
        var names = string.Join(", ", candidates.Select((_, i) => "@ref" + Number(i)));
        var rows = await QueryAsync(tx, $"SELECT {VerzoekColumns} FROM ledger_verzoek WHERE standard = @s AND aanbieder = @a AND referentie_aanbieder_hash IN ({names})", ReadVerzoek, cancellationToken,
            [("@s", standard.Key()), ("@a", aanbieder), .. candidates.Select((h, i) => ("@ref" + Number(i), (object?)h))]);
        return rows.Count == 0 ? null : await CompleteAsync(tx, rows[0], cancellationToken);
    }

    /// <inheritdoc />
    public async Task<bool> HasApprovedDeclarationsAsync(IStoreTransaction transaction, Standard standard, string gemeentecode, long toewijzingNummer, CancellationToken cancellationToken = default) =>
        (await PrestatiesOnToewijzingAsync(transaction, standard, gemeentecode, toewijzingNummer, cancellationToken)).Any(p => p.IsApproved);

    /// <inheritdoc />
    public async Task<bool> HasDeclaratieAsync(IStoreTransaction transaction, Standard standard, string aanbieder, string declaratieNummer, CancellationToken cancellationToken = default) =>
        (await QueryAsync(UnitOf(transaction), "SELECT 1 FROM ledger_declaratie WHERE standard = @s AND aanbieder = @a AND declaratie_nummer = @nr LIMIT 1", r => true, cancellationToken,
            ("@s", standard.Key()), ("@a", aanbieder), ("@nr", declaratieNummer))).Count > 0;

    /// <inheritdoc />
    public Task<IReadOnlyList<LedgerPrestatie>> PrestatiesByReferentieAsync(IStoreTransaction transaction, Standard standard, string aanbieder, string referentieNummer, CancellationToken cancellationToken = default) =>
        QueryAsync(UnitOf(transaction), $"{PrestatieSelect} WHERE p.standard = @s AND p.aanbieder = @a AND (p.referentie_nummer = @ref OR p.vorig_referentie_nummer = @ref) ORDER BY p.id", ReadPrestatie, cancellationToken,
            ("@s", standard.Key()), ("@a", aanbieder), ("@ref", referentieNummer));

    /// <inheritdoc />
    public async Task<IReadOnlyList<LedgerPrestatie>> PrestatiesOnToewijzingAsync(IStoreTransaction transaction, Standard standard, string gemeentecode, long toewijzingNummer, CancellationToken cancellationToken = default) =>
        [.. (await QueryAsync(UnitOf(transaction), $"{PrestatieSelect} WHERE p.standard = @s AND p.{SameGemeente} AND p.toewijzing_nummer = @n ORDER BY p.id", ReadPrestatie, cancellationToken,
            ("@s", standard.Key()), ("@g", Joined(gemeentecode)), ("@n", toewijzingNummer))).Select(p => p with { Parties = p.Parties with { Gemeentecode = gemeentecode } })];

    /// <inheritdoc />
    public async Task<GeslotenPeriode?> LastDeclaratiePeriodeAsync(IStoreTransaction transaction, LedgerParties parties, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parties);
        var rows = await QueryAsync(UnitOf(transaction), $"SELECT periode_begin, periode_einde FROM ledger_declaratie WHERE standard = @s AND {SameGemeente} AND aanbieder = @a ORDER BY periode_begin DESC LIMIT 1",
            r => new GeslotenPeriode(ParseDate(r.GetString(0)), ParseDate(r.GetString(1))), cancellationToken,
            ("@s", parties.Standard.Key()), ("@g", Joined(parties.Gemeentecode)), ("@a", parties.Aanbieder));
        return rows.Count == 0 ? null : rows[0];
    }

    internal const string PrestatieSelect =
        "SELECT p.standard, p.gemeentecode, p.aanbieder, " + CurrentHash + ", d.declaratie_nummer, p.referentie_nummer, p.vorig_referentie_nummer, p.toewijzing_nummer, " +
        "p.product_categorie, p.product_code, p.periode_begin, p.periode_einde, p.geleverd_volume, p.eenheid, p.product_tarief, p.bedrag, p.debet_credit, p.status, p.message_id " +
        "FROM ledger_prestatie p JOIN ledger_declaratie d ON d.id = p.declaratie_id";

    internal static LedgerPrestatie ReadPrestatie(DbDataReader r) => new(
        ReadParties(r),
        Convert.ToHexString((byte[])r.GetValue(3)),
        r.GetString(4),
        r.GetString(5),
        NullableText(r, 6),
        r.GetInt64(7),
        new Product(r.GetString(8), r.GetString(9)),
        new GeslotenPeriode(ParseDate(r.GetString(10)), ParseDate(r.GetString(11))),
        r.GetInt64(12),
        r.GetString(13),
        r.IsDBNull(14) ? null : r.GetInt64(14),
        r.GetInt64(15),
        r.GetString(16),
        r.GetString(17),
        r.GetInt64(18));

    /// <summary>The stored client hash carried forward to the current key generation (unchanged when already current), so one client has one id.</summary>
    private const string CurrentHash = RelationalMessageStore.KeyedHashCurrentFunction + "(hash_gen, client_hash)";

    /// <summary>The stored ReferentieAanbieder hash carried forward to the current key generation, so one request has one pseudonym.</summary>
    private const string CurrentReferentie = RelationalMessageStore.KeyedHashCurrentFunction + "(hash_gen, referentie_aanbieder_hash)";

    /// <summary>A ReferentieAanbieder pseudonym (current generation) matched in rows of every generation still present.</summary>
    private const string ReferentieWhere = "(referentie_aanbieder_hash = @ref OR (hash_gen < @cg AND " + CurrentReferentie + " = @ref))";

    private const string ClientWhere = "standard = @s AND " + SameGemeente + " AND aanbieder = @a AND client_hash = @c";

    /// <summary>While a hash-key rotation is under way, rows not yet moved match through their carried-forward hash.</summary>
    private const string ClientWhereDuringRotation =
        "standard = @s AND " + SameGemeente + " AND aanbieder = @a AND (client_hash = @c OR (hash_gen < @cg AND " + CurrentHash + " = @c))";

    private const string ToewijzingColumns =
        "standard, gemeentecode, aanbieder, " + CurrentHash + ", toewijzing_nummer, " + CurrentReferentie + ", product_categorie, product_code, " +
        "toewijzingsdatum, toewijzingstijd, ingangsdatum, einddatum, reden_wijziging, volume, eenheid, frequentie, budget, message_id";

    private const string VerzoekColumns = "standard, gemeentecode, aanbieder, " + CurrentHash + ", " + CurrentReferentie + ", bericht_code, product_categorie, product_code, message_id";

    /// <summary>
    /// A provider's 302 that rejects our 301 (any code other than 0200 in the header, or classes echoed with their codes)
    /// means the provider did not take the toewijzing on: the versions that 301 added leave the ledger, so no start or
    /// declaration can lean on them and a corrected 301 may carry the same ToewijzingNummer again. An accepted 302 changes
    /// nothing.
    /// </summary>
    private static async Task RetractRejectedToewijzingAsync(RelationalStoreTransaction tx, LedgerEntry entry, Bericht302 retour, CancellationToken cancellationToken)
    {
        var rejects = retour.Client is not null || retour.Header.RetourCodes.Any(c => c != RetourCodes.GeenOpmerking);
        if (entry.Flow == Flow.Inbound && rejects && entry.AnswersMessageId is { } toewijzing)
        {
            await ExecuteAsync(tx, "DELETE FROM ledger_toewijzing WHERE message_id = @m", cancellationToken, ("@m", toewijzing));
        }
    }

    /// <summary>Facts found through a merger's join belong to the gemeente asked about, so the rules see one gemeente's history.</summary>
    private static LedgerToewijzing[] AsAsked(string gemeentecode, IReadOnlyList<LedgerToewijzing> rows) =>
        [.. rows.Select(t => t with { Parties = t.Parties with { Gemeentecode = gemeentecode } })];

    /// <summary>The codes joined to <paramref name="gemeentecode"/>, as the JSON array <see cref="SameGemeente"/> reads.</summary>
    private string Joined(string gemeentecode) => System.Text.Json.JsonSerializer.Serialize(_mergers.JoinedCodes(gemeentecode));

    private static RelationalStoreTransaction UnitOf(IStoreTransaction transaction) => RelationalStoreTransaction.Of(transaction, "The ledger");

    /// <summary>A ReferentieAanbieder is only ever compared for equality, so the ledger keeps its keyed hash (it could hold a BSN).</summary>
    private static byte[]? Referentie(RelationalStoreTransaction tx, string? referentieAanbieder) =>
        referentieAanbieder is null ? null : tx.Hash(KeyedHashColumns.VerzoekReferentie.Purpose, referentieAanbieder);

    private static (string, object?)[] Common(LedgerEntry entry, LedgerParties parties, RelationalStoreTransaction tx, string bsn) =>
        [("@m", entry.MessageId), ("@s", parties.Standard.Key()), ("@g", parties.Gemeentecode), ("@a", parties.Aanbieder), ("@c", tx.Hash(KeyedHashPurpose.Bsn, bsn)), ("@cg", tx.Store.Hasher.CurrentGeneration)];

    private (string, object?)[] ClientParameters(RelationalStoreTransaction tx, LedgerParties parties, string clientId) =>
        [("@s", parties.Standard.Key()), ("@g", Joined(parties.Gemeentecode)), ("@a", parties.Aanbieder), ("@c", Convert.FromHexString(clientId)), ("@cg", tx.Store.Hasher.CurrentGeneration)];

    private static string ClientWhereOf(RelationalStoreTransaction tx) => tx.Store.KeyedHashes.RotationPending ? ClientWhereDuringRotation : ClientWhere;

    private static void AddVerzoek(RelationalStoreTransaction tx, StatementBatch batch, LedgerEntry entry, LedgerParties parties, string bsn, string referentie, Product? product) =>
        Add(tx, batch, $"""
            INSERT INTO ledger_verzoek (message_id, {PartyColumns}, client_hash, hash_gen, referentie_aanbieder_hash, bericht_code, product_categorie, product_code, received_at)
            VALUES (@m, @s, @g, @a, @c, @cg, @ref, @code, @cat, @pcode, {ReceivedAt})
            """,
            [.. Common(entry, parties, tx, bsn), ("@ref", Referentie(tx, referentie)), ("@code", (int)entry.Bericht.Code), ("@cat", product?.Categorie), ("@pcode", product?.Code)]);

    private async Task<LedgerVerzoek> CompleteAsync(RelationalStoreTransaction tx, LedgerVerzoek row, CancellationToken cancellationToken)
    {
        var p = row.Parties;
        var antwoorden = await QueryAsync(tx, "SELECT verzoek_antwoord, reden_afwijzing_verzoek, message_id FROM ledger_antwoord WHERE standard = @s AND aanbieder = @a AND " + ReferentieWhere + " AND " + SameGemeente + " ORDER BY id",
            r => new LedgerAntwoord(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetInt64(2)), cancellationToken,
            ("@s", p.Standard.Key()), ("@a", p.Aanbieder), ("@ref", Convert.FromHexString(row.ReferentieAanbieder)), ("@g", Joined(p.Gemeentecode)), ("@cg", tx.Store.Hasher.CurrentGeneration));
        var honoured = await QueryAsync(tx, "SELECT DISTINCT toewijzing_nummer FROM ledger_toewijzing WHERE standard = @s AND aanbieder = @a AND " + ReferentieWhere + " AND " + SameGemeente + " ORDER BY toewijzing_nummer",
            r => r.GetInt64(0), cancellationToken,
            ("@s", p.Standard.Key()), ("@a", p.Aanbieder), ("@ref", Convert.FromHexString(row.ReferentieAanbieder)), ("@g", Joined(p.Gemeentecode)), ("@cg", tx.Store.Hasher.CurrentGeneration));
        return row with { Antwoorden = antwoorden, HonouredBy = honoured };
    }

    private static LedgerParties ReadParties(DbDataReader r) =>
        new(StandardNames.TryParse(r.GetString(0), out var standard) ? standard : throw new InvalidOperationException("Unknown standard in the ledger."), r.GetString(1), r.GetString(2));

    private static LedgerToewijzing ReadToewijzing(DbDataReader r) => new(
        ReadParties(r),
        Convert.ToHexString((byte[])r.GetValue(3)),
        r.GetInt64(4),
        r.IsDBNull(5) ? null : Convert.ToHexString((byte[])r.GetValue(5)),
        ReadProduct(r, 6),
        ParseDate(r.GetString(8)),
        TimeOnly.ParseExact(r.GetString(9), "HH:mm:ss", CultureInfo.InvariantCulture),
        ParseDate(r.GetString(10)),
        r.IsDBNull(11) ? null : ParseDate(r.GetString(11)),
        NullableText(r, 12),
        r.IsDBNull(13) ? null : new Omvang(r.GetInt64(13), r.GetString(14), r.GetString(15)),
        r.IsDBNull(16) ? null : r.GetInt64(16),
        r.GetInt64(17));

    private static LedgerVerzoek ReadVerzoek(DbDataReader r) => new(
        ReadParties(r), Convert.ToHexString((byte[])r.GetValue(3)), Convert.ToHexString((byte[])r.GetValue(4)), (MessageCode)r.GetInt32(5), ReadProduct(r, 6), r.GetInt64(8), [], []);

    private static StartKey ReadStartKey(DbDataReader r) =>
        new(r.IsDBNull(0) ? null : r.GetInt64(0), ReadProduct(r, 1), ParseDate(r.GetString(3)));

    private static Product? ReadProduct(DbDataReader r, int categorie) =>
        r.IsDBNull(categorie) ? null : new Product(r.GetString(categorie), NullableText(r, categorie + 1));

    private static string? NullableText(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task ExecuteAsync(RelationalStoreTransaction tx, string sql, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var command = Command(tx.Connection, tx.Transaction, InDialect(tx, sql), parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Add(RelationalStoreTransaction tx, StatementBatch batch, string sql, params (string, object?)[] parameters) =>
        batch.Add(InDialect(tx, sql), parameters);

    private static string InDialect(RelationalStoreTransaction tx, string sql) =>
        sql.Replace(Gemeenten, "(" + tx.Store.Dialect.JsonArrayValues("@g") + ")", StringComparison.Ordinal);

    /// <summary>
    /// Orders this unit of work after any other working on the same client (PostgreSQL: several instances apply the ledger
    /// at once); once per client and unit, as the lock is held until the transaction ends.
    /// </summary>
    private static Task LockClientAsync(RelationalStoreTransaction tx, byte[] clientHash, CancellationToken cancellationToken) =>
        tx.Reads.LockOnceAsync("client:" + Convert.ToHexString(clientHash), () => tx.Store.Dialect.LockClientAsync(tx.Connection, tx.Transaction, clientHash, cancellationToken));

    // The rules ask the same history again and again within one message: the unit answers a repeat from what it read.
    private static Task<IReadOnlyList<T>> QueryAsync<T>(RelationalStoreTransaction tx, string sql, Func<DbDataReader, T> map, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        var text = InDialect(tx, sql);
        return tx.Reads.GetOrReadAsync(text, parameters, async () =>
        {
            await using var command = Command(tx.Connection, tx.Transaction, text, parameters);
            return (IReadOnlyList<T>)await ReadAllAsync(command, map, cancellationToken);
        });
    }
}
