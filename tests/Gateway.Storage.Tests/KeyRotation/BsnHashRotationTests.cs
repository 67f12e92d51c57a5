using System.Security.Cryptography;
using System.Text;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Ledger;
using Gateway.Routing.Pipeline;
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
    private static readonly LedgerParties Parties = new(Standard.Iwmo, "0344", "41101234");

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "gateway-hashrotation-tests", Guid.NewGuid().ToString("N"));
    private readonly byte[] _oldKey = RandomNumberGenerator.GetBytes(32);
    private readonly byte[] _newKey = RandomNumberGenerator.GetBytes(32);
    private readonly string _payloadKey = Some.Key();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 10, 9, 0, 0, TimeSpan.Zero));
    private readonly SqliteLedger _ledger = new();

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

        var rotation = new SqliteKeyRotation(store, new KeyRotationOptions { BatchSize = 1 });
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
        await QueryAsync("SELECT bsn_hash_gen FROM message_bsn UNION SELECT client_hash_gen FROM ledger_toewijzing UNION SELECT client_hash_gen FROM ledger_prestatie ORDER BY 1", r => r.GetInt64(0));

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
