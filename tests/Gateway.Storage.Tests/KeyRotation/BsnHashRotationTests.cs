using System.Security.Cryptography;
using System.Text;
using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Declaraties;
using Gateway.Routing.Figures;
using Gateway.Routing.Ledger;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Store;
using Gateway.Storage.Figures;
using Gateway.Storage.KeyRotation;
using Gateway.Storage.Ledger;
using Gateway.Storage.Sqlite;
using Gateway.Storage.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Gateway.Storage.Tests.KeyRotation;

/// <summary>
/// Replacing the BSN hash key on a real SQLite file: ledger rows and BSN search keep matching before, during and after
/// the sweep carries the stored hashes to the new key, also for rows whose payload retention has purged.
/// </summary>
public sealed class BsnHashRotationTests : IDisposable
{
    private const string Bsn = "999990184";
    private const string OtherBsn = "999990020";

    /// <summary>A ReferentieAanbieder that holds a BSN, as issue 8 found one.</summary>
    private const string Referentie = "999990184";
    private static readonly LedgerParties Parties = new(Standard.Iwmo, "0344", "41101234");

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "gateway-hashrotation-tests", Guid.NewGuid().ToString("N"));
    private readonly byte[] _oldKey = RandomNumberGenerator.GetBytes(32);
    private readonly byte[] _newKey = RandomNumberGenerator.GetBytes(32);
    private readonly string _payloadKey = Some.Key();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 10, 9, 0, 0, TimeSpan.Zero));
    private readonly RelationalLedger _ledger = new();

    public BsnHashRotationTests() => Directory.CreateDirectory(_directory);

    private string DatabasePath => Path.Combine(_directory, "gateway.db");

    public void Dispose()
    {
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Rotate_LedgerAndBsnSearch_MatchBeforeDuringAndAfter()
    {
        using (var before = Store(previous: [], current: _oldKey))
        {
            await WriteClientAsync(before, 1, toewijzing: 5001);
            await WriteClientAsync(before, 2, toewijzing: 5002);
            await WriteClientAsync(before, 3, toewijzing: 5003, bsn: OtherBsn);
            await AssertLookupsAsync(before, toewijzingen: 2, messages: 2);
        }

        // Retention purged every payload: nothing but the stored hashes is left to re-key from.
        await ExecuteAsync("UPDATE message SET payload = NULL, payload_key_id = NULL");
        using var store = Store(previous: [_oldKey], current: _newKey);
        await AssertLookupsAsync(store, toewijzingen: 2, messages: 2);

        // A new fact about the same client is written in the new generation: one client, two generations, one id.
        await WriteClientAsync(store, 4, toewijzing: 5004);
        await AssertLookupsAsync(store, toewijzingen: 3, messages: 3);

        var rotation = new StoreKeyRotation(store, new KeyRotationOptions { BatchSize = 1 });
        var during = await rotation.RunAsync(maxBatches: 4);
        Assert.False(during.Done);
        Assert.True(await GenerationsAsync() is { Count: 2 });
        await AssertLookupsAsync(store, toewijzingen: 3, messages: 3);

        var after = await rotation.RunAsync(int.MaxValue);
        Assert.True(after.Done);
        Assert.False(store.KeyedHashes.RotationPending);
        Assert.Equal([1L], await GenerationsAsync());
        await AssertLookupsAsync(store, toewijzingen: 3, messages: 3);
        await using (var tx = await store.BeginAsync())
        {
            Assert.Single(await _ledger.ToewijzingenOfClientAsync(tx, Parties, _ledger.ClientIdOf(tx, OtherBsn)));
        }

        // What an attacker with the old key alone would compute matches no stored value; the chain does.
        var oldHashes = new[] { Bsn, OtherBsn }.Select(b => Convert.ToHexString(HMACSHA256.HashData(_oldKey, Encoding.ASCII.GetBytes(b)))).ToHashSet(StringComparer.Ordinal);
        var stored = await StoredHashesAsync();
        Assert.Equal(4 + 4 + 4, stored.Count);
        Assert.DoesNotContain(stored, oldHashes.Contains);
        var chained = Convert.ToHexString(HMACSHA256.HashData(_newKey, HMACSHA256.HashData(_oldKey, Encoding.ASCII.GetBytes(Bsn))));
        Assert.Contains(chained, stored);
    }

    [Fact]
    public async Task Rotate_DuplicatesAndReferentieAanbieder_RecognisedBeforeDuringAndAfter()
    {
        // The identifier hashes (dedup key, envelope, ReferentieAanbieder) ride the same key generations as the BSN hashes.
        var messages = new List<(long Id, NewMessage Message)>();
        using (var before = Store(previous: [], current: _oldKey))
        {
            for (var i = 0; i < 3; i++)
            {
                messages.Add(await InsertAsync(before, Some.Heen()));
            }

            await ApplyAsync(before, 901, Verzoek());
            await ApplyAsync(before, 902, Antwoord());
            await ApplyAsync(before, 903, Toewijzing(Bsn, 5001) with { Client = Toewijzing(Bsn, 5001).Client with { ToegewezenProducten = [Toewijzing(Bsn, 5001).Client.ToegewezenProducten[0] with { ReferentieAanbieder = Referentie }] } });
            await AssertRecognisedAsync(before, messages, antwoorden: 1);
        }

        using var store = Store(previous: [_oldKey], current: _newKey);
        await AssertRecognisedAsync(store, messages, antwoorden: 1);

        // Written in the new generation while every older row is still in the old one.
        messages.Add(await InsertAsync(store, Some.Heen()));
        await ApplyAsync(store, 904, Antwoord());
        await AssertRecognisedAsync(store, messages, antwoorden: 2);

        // Part way: the three older BSN rows and two of the three older message rows moved, the ledger not yet.
        var rotation = new StoreKeyRotation(store, new KeyRotationOptions { BatchSize = 1 });
        var during = await rotation.RunAsync(maxBatches: 4 + 1);
        Assert.False(during.Done);
        Assert.Equal([0L, 1L], await QueryAsync("SELECT DISTINCT hash_gen FROM message ORDER BY 1", r => r.GetInt64(0)));
        Assert.Equal([0L], await QueryAsync("SELECT DISTINCT hash_gen FROM ledger_verzoek", r => r.GetInt64(0)));
        await AssertRecognisedAsync(store, messages, antwoorden: 2);

        Assert.True((await rotation.RunAsync(int.MaxValue)).Done);
        Assert.False(store.KeyedHashes.RotationPending);
        await AssertRecognisedAsync(store, messages, antwoorden: 2);

        // Only the chained hashes are stored: the old key alone computes none of them.
        var oldKeyOnly = new Gateway.Storage.Protection.BsnHasher(_oldKey);
        var stored = await QueryAsync(
            "SELECT dedup_key_hash FROM message UNION ALL SELECT env_referentienummer_hash FROM message UNION ALL SELECT referentie_aanbieder_hash FROM ledger_verzoek UNION ALL SELECT referentie_aanbieder_hash FROM ledger_antwoord",
            r => Convert.ToHexString((byte[])r.GetValue(0)));
        Assert.DoesNotContain(Convert.ToHexString(oldKeyOnly.HashIdentifier(Referentie)), stored);
        Assert.DoesNotContain(Convert.ToHexString(oldKeyOnly.HashIdentifier(messages[0].Message.DedupKey!.Value)), stored);
        Assert.Contains(Convert.ToHexString(new Gateway.Storage.Protection.BsnHasher([_oldKey, _newKey]).HashIdentifier(Referentie)), stored);
    }

    [Fact]
    public async Task Rotate_ChainHashes_SearchByToewijzingNummerFindsBeforeDuringAndAfter()
    {
        using (var before = Store(previous: [], current: _oldKey))
        {
            await InsertChainedAsync(before, 7001);
            await InsertChainedAsync(before, 7001);
        }

        using var store = Store(previous: [_oldKey], current: _newKey);
        await InsertChainedAsync(store, 7001);
        Assert.Equal(3, (await store.SearchAsync(new MessageSearch { ToewijzingNummer = 7001 }, null, 10, GemeenteScope.All)).Total);

        var rotation = new StoreKeyRotation(store, new KeyRotationOptions { BatchSize = 1 });
        await rotation.RunAsync(maxBatches: 1);
        Assert.Equal(3, (await store.SearchAsync(new MessageSearch { ToewijzingNummer = 7001 }, null, 10, GemeenteScope.All)).Total);

        Assert.True((await rotation.RunAsync(int.MaxValue)).Done);
        Assert.Equal(3, (await store.SearchAsync(new MessageSearch { ToewijzingNummer = 7001 }, null, 10, GemeenteScope.All)).Total);
        Assert.Equal(3, (await store.ToewijzingLifeAsync(7001, GemeenteScope.All)).Entries.Count);
        Assert.Equal([1L], await QueryAsync("SELECT DISTINCT hash_gen FROM message_chain_hash", r => r.GetInt64(0)));
    }

    [Fact]
    public async Task Rotate_FigurePrestaties_OneClientIdBeforeDuringAndAfterTheSweep()
    {
        using (var before = Store(previous: [], current: _oldKey))
        {
            await RecordFiguresAsync(before, 1);
        }

        using var store = Store(previous: [_oldKey], current: _newKey);
        await RecordFiguresAsync(store, 2);
        await AssertOneFigureClientAsync(store, count: 2);

        Assert.True((await new StoreKeyRotation(store, new KeyRotationOptions { BatchSize = 1 }).RunAsync(int.MaxValue)).Done);

        Assert.Equal([1L], await QueryAsync("SELECT DISTINCT hash_gen FROM figure_prestatie", r => r.GetInt64(0)));
        var oldHash = Convert.ToHexString(HMACSHA256.HashData(_oldKey, Encoding.ASCII.GetBytes(Bsn)));
        Assert.DoesNotContain(oldHash, await QueryAsync("SELECT client_hash FROM figure_prestatie", r => Convert.ToHexString((byte[])r.GetValue(0))));
        await AssertOneFigureClientAsync(store, count: 2);
    }

    [Fact]
    public async Task Rotate_MessageHashCollidesWithANewerRow_MessageKeptAndTheRowsAfterItMoved()
    {
        var first = Some.Heen();
        using (var before = Store(previous: [], current: _oldKey))
        {
            await InsertAsync(before, first);
            await InsertAsync(before, Some.Heen());
            await InsertAsync(before, Some.Heen());
        }

        using var store = Store(previous: [_oldKey], current: _newKey);

        // The store itself does not refuse this (the pipeline's duplicate check does): its carried-forward hash collides.
        await InsertAsync(store, Some.Heen(identificatie: first.Identificatie));
        var progress = await new StoreKeyRotation(store, new KeyRotationOptions { BatchSize = 1 }).RunAsync(int.MaxValue);

        Assert.Equal(1, progress.Left);
        Assert.Equal([(1L, 0L), (2L, 1L), (3L, 1L), (4L, 1L)], await QueryAsync("SELECT id, hash_gen FROM message ORDER BY id", r => (r.GetInt64(0), r.GetInt64(1))));
        await using var tx = await store.BeginAsync();
        Assert.NotNull(await tx.FindByDedupKeyAsync(first.DedupKey!));
        Assert.Equal(1, (await tx.FindByEnvelopeAsync(first.Envelope!.Zender, first.Envelope.Referentienummer))?.Id);
    }

    [Fact]
    public async Task Migrate_V5StoreThenHashKeyChanged_IdentifierLookupsMatchBeforeAndAfterTheSweep()
    {
        // A store as migration 5 left it: identifier hashes of the one key, no generation columns yet.
        var message = Some.Heen();
        var v5 = new Gateway.Storage.Protection.BsnHasher(_oldKey);
        await using (var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync();
            using (var keys = Store(previous: [], current: _oldKey))
            {
                SqliteMigrationFunctions.Register(connection, keys.Protector, keys.Hasher);
            }

            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL; CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL);"
                + string.Concat(SqliteMigrations.All.Where(m => m.Version <= 5).Select(m => m.Script + $"\nINSERT INTO schema_version VALUES ({m.Version}, 0);"))
                + """
                INSERT INTO message (id, direction, kind, state, dedup_key_hash, env_zender_hash, env_referentienummer_hash, created_at, updated_at)
                VALUES (1, 'Inbound', 'Heen', 'Accepted', $dedup, $zender, $ref, 0, 0);
                INSERT INTO ledger_verzoek (message_id, standard, gemeentecode, aanbieder, client_hash, referentie_aanbieder_hash, bericht_code)
                VALUES (1, 'iwmo', '0344', '41101234', $client, $referentie, 317);
                """;
            command.Parameters.AddWithValue("$dedup", v5.HashIdentifier(message.DedupKey!.Value));
            command.Parameters.AddWithValue("$zender", v5.HashIdentifier(message.Envelope!.Zender));
            command.Parameters.AddWithValue("$ref", v5.HashIdentifier(message.Envelope.Referentienummer));
            command.Parameters.AddWithValue("$client", v5.Hash(Bsn));
            command.Parameters.AddWithValue("$referentie", v5.HashIdentifier(Referentie));
            await command.ExecuteNonQueryAsync();
        }

        using var store = Store(previous: [_oldKey], current: _newKey);
        Assert.Equal(SqliteMigrations.LatestVersion, await store.MigrateAsync());
        await AssertRecognisedAsync(store, [(1, message)], antwoorden: 0);

        Assert.True((await new StoreKeyRotation(store, new KeyRotationOptions()).RunAsync(int.MaxValue)).Done);
        Assert.Equal([1L], await QueryAsync("SELECT DISTINCT hash_gen FROM message UNION SELECT DISTINCT hash_gen FROM ledger_verzoek", r => r.GetInt64(0)));
        await AssertRecognisedAsync(store, [(1, message)], antwoorden: 0);
    }

    [Fact]
    public async Task Open_OtherBsnHashKeyWithoutPrevious_RefusedNamingTheKey()
    {
        using (var before = Store(previous: [], current: _oldKey))
        {
            await WriteClientAsync(before, 1, toewijzing: 5001);
        }
        using var store = Store(previous: [], current: _newKey);
        var e = await Assert.ThrowsAsync<StoreKeysException>(() => store.MigrateAsync());
        Assert.Contains("Gateway:Storage:BsnHashKey", e.Message, StringComparison.Ordinal);
        Assert.Contains("PreviousBsnHashKeys", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_PreviousKeyReplaced_RefusedNamingTheEntry()
    {
        using (var before = Store(previous: [_oldKey], current: _newKey))
        {
            await before.MigrateAsync();
        }
        using var store = Store(previous: [RandomNumberGenerator.GetBytes(32)], current: _newKey);
        var e = await Assert.ThrowsAsync<StoreKeysException>(() => store.MigrateAsync());
        Assert.Contains("Gateway:Storage:PreviousBsnHashKeys:0", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_NewerGenerationThanConfigured_Refused()
    {
        using (var before = Store(previous: [_oldKey], current: _newKey))
        {
            await WriteClientAsync(before, 1, toewijzing: 5001);
        }
        using var store = Store(previous: [], current: _oldKey);
        var e = await Assert.ThrowsAsync<StoreKeysException>(() => store.MigrateAsync());
        Assert.Contains("generation 1", e.Message, StringComparison.Ordinal);
    }

    private SqliteMessageStore Store(byte[][] previous, byte[] current) => new(
        new StorageOptions
        {
            DatabasePath = DatabasePath,
            EncryptionKey = _payloadKey,
            BsnHashKey = Convert.ToBase64String(current),
            PreviousBsnHashKeys = [.. previous.Select(Convert.ToBase64String)],
        },
        _time);

    /// <summary>One 301 for the client (ledger_toewijzing), its message with the BSN (message_bsn) and a 323 prestatie on it (ledger_prestatie).</summary>
    private async Task WriteClientAsync(SqliteMessageStore store, long messageId, long toewijzing, string bsn = Bsn)
    {
        await using var tx = await store.BeginAsync();
        var id = await tx.InsertMessageAsync(Some.Heen(bsn: bsn));
        await _ledger.ApplyAsync(new LedgerEntry(id, Flow.Outbound, Toewijzing(bsn, toewijzing)), tx, default);
        await _ledger.ApplyAsync(new LedgerEntry(messageId * 100, Flow.Inbound, Declaratie(bsn, toewijzing, messageId)), tx, default);
        await tx.CommitAsync();
    }

    private static async Task InsertChainedAsync(SqliteMessageStore store, long toewijzing)
    {
        await using var tx = await store.BeginAsync();
        await tx.InsertMessageAsync(Some.Heen() with { ChainReferences = [new ChainReference(ChainKind.Toewijzing, toewijzing.ToString(System.Globalization.CultureInfo.InvariantCulture))] });
        await tx.CommitAsync();
    }

    /// <summary>A 323 of the client, granted, recorded for the figures in the transaction that records its message.</summary>
    private static async Task RecordFiguresAsync(SqliteMessageStore store, long nummer)
    {
        var declaratie = Declaratie(Bsn, 5001, nummer);
        await using var tx = await store.BeginAsync();
        var id = await tx.InsertMessageAsync(Some.Heen());
        await new RelationalFigureRecorder().RecordAsync(tx, new JudgedDeclaratie(id, declaratie, DeclaratieVerdict.Of(declaratie, MessageOutcome.Accepted()), [[]], Held: false));
        await tx.CommitAsync();
    }

    /// <summary>Every figure prestatie is the one client the ledger knows, whatever generation its hash is in.</summary>
    private async Task AssertOneFigureClientAsync(SqliteMessageStore store, int count)
    {
        var prestaties = await new RelationalFigureSource(store).PrestatiesAsync(new FigureScope(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31), [])).ToListAsync();
        await using var tx = await store.BeginAsync();
        Assert.Equal(count, prestaties.Count);
        Assert.All(prestaties, p => Assert.Equal(_ledger.ClientIdOf(tx, Bsn), p.ClientId));
    }

    /// <summary>A copy of each message is known by its dedup key and by its envelope; the request by its ReferentieAanbieder, with its answers and the toewijzing that honoured it.</summary>
    private async Task AssertRecognisedAsync(SqliteMessageStore store, IReadOnlyList<(long Id, NewMessage Message)> messages, int antwoorden)
    {
        await using var tx = await store.BeginAsync();
        foreach (var (id, message) in messages)
        {
            Assert.Equal(id, (await tx.FindByDedupKeyAsync(message.DedupKey!))?.Id);
            Assert.Equal(id, (await tx.FindByEnvelopeAsync(message.Envelope!.Zender, message.Envelope.Referentienummer))?.Id);
        }

        Assert.Null(await tx.FindByDedupKeyAsync(new DedupKey(Standard.Ijw, MessageCode.Toewijzing, "0363", "never-sent")));
        var verzoek = await _ledger.VerzoekAsync(tx, Standard.Iwmo, "41101234", Referentie);
        Assert.NotNull(verzoek);
        Assert.Equal(_ledger.ClientIdOf(tx, Bsn), verzoek.ClientId);
        Assert.Equal(antwoorden, verzoek.Antwoorden.Count);
        if (antwoorden > 0)
        {
            Assert.Equal([5001L], verzoek.HonouredBy);
            var toewijzing = Assert.Single(await _ledger.ToewijzingVersionsAsync(tx, Standard.Iwmo, "0344", 5001));
            Assert.Equal(verzoek.ReferentieAanbieder, toewijzing.ReferentieAanbieder);
        }

        Assert.Null(await _ledger.VerzoekAsync(tx, Standard.Iwmo, "41101234", "R-never"));
    }

    private static async Task<(long Id, NewMessage Message)> InsertAsync(SqliteMessageStore store, NewMessage message)
    {
        await using var tx = await store.BeginAsync();
        var id = await tx.InsertMessageAsync(message);
        await tx.CommitAsync();
        return (id, message);
    }

    private async Task ApplyAsync(SqliteMessageStore store, long messageId, Bericht bericht)
    {
        await using var tx = await store.BeginAsync();
        await _ledger.ApplyAsync(new LedgerEntry(messageId, bericht.Header.Afzender == "0344" ? Flow.Outbound : Flow.Inbound, bericht), tx, default);
        await tx.CommitAsync();
    }

    private async Task AssertLookupsAsync(SqliteMessageStore store, int toewijzingen, int messages)
    {
        Assert.Equal(messages, (await store.FindByBsnAsync(Bsn)).Count);
        await using var tx = await store.BeginAsync();
        var client = _ledger.ClientIdOf(tx, Bsn);
        var rows = await _ledger.ToewijzingenOfClientAsync(tx, Parties, client);
        Assert.Equal(toewijzingen, rows.Count);
        Assert.All(rows, r => Assert.Equal(client, r.ClientId));
        var prestaties = await _ledger.PrestatiesOnToewijzingAsync(tx, Standard.Iwmo, "0344", 5001);
        Assert.Equal(client, Assert.Single(prestaties).ClientId);
        Assert.DoesNotContain(Bsn, client, StringComparison.Ordinal);
    }

    private async Task<List<long>> GenerationsAsync() =>
        await QueryAsync("SELECT hash_gen FROM message_bsn UNION SELECT hash_gen FROM ledger_toewijzing UNION SELECT hash_gen FROM ledger_prestatie UNION SELECT hash_gen FROM message ORDER BY 1", r => r.GetInt64(0));

    private async Task<List<string>> StoredHashesAsync() =>
        await QueryAsync("SELECT bsn_hash FROM message_bsn UNION ALL SELECT client_hash FROM ledger_toewijzing UNION ALL SELECT client_hash FROM ledger_prestatie", r => Convert.ToHexString((byte[])r.GetValue(0)));

    private async Task<List<T>> QueryAsync<T>(string sql, Func<SqliteDataReader, T> map)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static Bericht317 Verzoek() => new()
    {
        Standard = Standard.Iwmo,
        Header = new Header
        {
            BerichtCode = "480",
            Afzender = "41101234",
            Ontvanger = "0344",
            BerichtIdentificatie = new BerichtIdentificatie("V1", new DateOnly(2026, 9, 20)),
            XsdVersie = new XsdVersie("1.0.0", "1.0.0"),
        },
        Client = new VerzoekOmWijzigingClient
        {
            Bsn = Bsn,
            Verzoek = new Verzoek { ReferentieAanbieder = Referentie, RedenVerzoek = "1", OngewijzigdeProducten = [new OngewijzigdProduct { ToewijzingNummer = 4999 }] },
        },
    };

    private static Bericht319 Antwoord() => new()
    {
        Standard = Standard.Iwmo,
        Header = new Header
        {
            BerichtCode = "482",
            Afzender = "0344",
            Ontvanger = "41101234",
            BerichtIdentificatie = new BerichtIdentificatie("A" + Guid.NewGuid().ToString("N")[..8], new DateOnly(2026, 9, 25)),
            XsdVersie = new XsdVersie("1.0.0", "1.0.0"),
        },
        Antwoord = new Antwoord { ReferentieAanbieder = Referentie, VerzoekAntwoord = "2" },
    };

    private static Bericht301 Toewijzing(string bsn, long nummer) => new()
    {
        Standard = Standard.Iwmo,
        Header = new Header
        {
            BerichtCode = "414",
            Afzender = "0344",
            Ontvanger = "41101234",
            BerichtIdentificatie = new BerichtIdentificatie("T" + nummer, new DateOnly(2026, 11, 10)),
            XsdVersie = new XsdVersie("1.0.0", "1.0.0"),
        },
        Client = new Client
        {
            Bsn = bsn,
            Geboortedatum = new Geboortedatum(new DateOnly(2014, 3, 12)),
            Geslacht = "2",
            Naam = new VolledigeNaam(new Achternaam("Vries"), null, null, null, "1"),
            Contactgegevens = [new Contact { Soort = "01" }],
            ToegewezenProducten =
            [
                new ToegewezenProduct
                {
                    ToewijzingNummer = nummer, Product = new Product("02", "02A01"), Toewijzingsdatum = new DateOnly(2026, 10, 1), Toewijzingstijd = new TimeOnly(10, 0),
                    Ingangsdatum = new DateOnly(2026, 10, 1), Einddatum = new DateOnly(2027, 9, 30), Omvang = new Omvang(8, "04", "4"),
                },
            ],
        },
    };

    private static Bericht323 Declaratie(string bsn, long toewijzing, long nummer) => new()
    {
        Standard = Standard.Iwmo,
        Header = new Header
        {
            BerichtCode = "440",
            Afzender = "41101234",
            Ontvanger = "0344",
            BerichtIdentificatie = new BerichtIdentificatie("D" + nummer, new DateOnly(2026, 11, 3)),
            XsdVersie = new XsdVersie("1.0.0", "1.0.0"),
        },
        Declaratie = new Declaratie
        {
            DeclaratieNummer = "D" + nummer,
            DeclaratiePeriode = new GeslotenPeriode(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31)),
            DeclaratieDagtekening = new DateOnly(2026, 11, 3),
            TotaalIngediendBedrag = new TotaalBedragMetDC(48000, "D"),
            Clienten =
            [
                new DeclaratieClient
                {
                    Bsn = bsn,
                    Prestaties =
                    [
                        new Prestatie
                        {
                            ProductReferentie = new Referentie("P-" + nummer),
                            ToewijzingNummer = toewijzing,
                            ProductCategorie = "02",
                            ProductCode = "02A01",
                            ProductPeriode = new GeslotenPeriode(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31)),
                            GeleverdVolume = 8,
                            Eenheid = "04",
                            ProductTarief = 6000,
                            IngediendBedrag = new BedragMetDC(48000, "D"),
                        },
                    ],
                },
            ],
        },
    };
}
