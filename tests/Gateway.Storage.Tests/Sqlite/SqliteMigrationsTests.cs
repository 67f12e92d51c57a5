using Gateway.Routing.Figures;
using Gateway.Routing.Store;
using Gateway.Storage.Figures;
using Gateway.Storage.Sqlite;
using Gateway.Storage.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Gateway.Storage.Tests.Sqlite;

/// <summary>Migrations applied to a store of an earlier version with rows in it.</summary>
public sealed class SqliteMigrationsTests : IDisposable
{
    private static readonly DateTimeOffset Received = new(2026, 10, 2, 8, 0, 0, TimeSpan.Zero);

    private readonly string _directory = Directory.CreateTempSubdirectory("gateway-migrations-").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));

    private string DatabasePath => Path.Combine(_directory, "gateway.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Migrate_V7StoreWithLedgerRows_ReceiptsFromTheirMessagesAndTheLedgersPrestatiesInTheFigures()
    {
        var options = Some.Options(DatabasePath);
        await using (var v7 = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            await v7.OpenAsync();
            using (var keys = new SqliteMessageStore(options, _time))
            {
                SqliteMigrationFunctions.Register(v7, keys.Protector, keys.Hasher);
            }

            await using var command = v7.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL; CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL);"
                + string.Concat(SqliteMigrations.All.Where(m => m.Version <= 7).Select(m => m.Script + $"\nINSERT INTO schema_version VALUES ({m.Version}, 0);"))
                + """
                INSERT INTO message (id, direction, kind, state, code, correlates_to, created_at, updated_at) VALUES
                    (1, 'Outbound', 'Heen', 'Queued', 301, NULL, $t + 1, $t + 1), (2, 'Inbound', 'Heen', 'Accepted', 305, NULL, $t + 2, $t + 2),
                    (3, 'Inbound', 'Heen', 'Accepted', 315, NULL, $t + 3, $t + 3), (4, 'Outbound', 'Heen', 'Queued', 319, NULL, $t + 4, $t + 4),
                    (5, 'Inbound', 'Heen', 'Accepted', 323, NULL, $t + 5, $t + 5), (6, 'Outbound', 'Retour', 'Queued', 325, 5, $t + 6, $t + 6);
                INSERT INTO ledger_toewijzing (message_id, standard, gemeentecode, aanbieder, client_hash, toewijzing_nummer, product_categorie, product_code,
                    toewijzingsdatum, toewijzingstijd, ingangsdatum) VALUES (1, 'iwmo', '0344', '41101234', x'AB', 5001, '02', '02A01', '2026-10-01', '10:00:00', '2026-10-01');
                INSERT INTO ledger_start (message_id, standard, gemeentecode, aanbieder, client_hash, toewijzing_nummer, begindatum, status_aanlevering)
                    VALUES (2, 'iwmo', '0344', '41101234', x'AB', 5001, '2026-10-05', '1');
                INSERT INTO ledger_stop (message_id, standard, gemeentecode, aanbieder, client_hash, toewijzing_nummer, begindatum, reden_beeindiging, einddatum, status_aanlevering)
                    VALUES (99, 'iwmo', '0344', '41101234', x'AB', 5001, '2026-10-05', '02', '2026-11-01', '1');
                INSERT INTO ledger_verzoek (message_id, standard, gemeentecode, aanbieder, client_hash, referentie_aanbieder_hash, bericht_code)
                    VALUES (3, 'iwmo', '0344', '41101234', x'AB', x'01', 315);
                INSERT INTO ledger_antwoord (message_id, standard, gemeentecode, aanbieder, referentie_aanbieder_hash, verzoek_antwoord)
                    VALUES (4, 'iwmo', '0344', '41101234', x'01', '2');
                INSERT INTO ledger_declaratie (id, message_id, standard, gemeentecode, aanbieder, declaratie_nummer, periode_begin, periode_einde)
                    VALUES (1, 5, 'iwmo', '0344', '41101234', 'D1', '2026-10-01', '2026-10-31');
                INSERT INTO ledger_prestatie (declaratie_id, message_id, standard, gemeentecode, aanbieder, client_hash, referentie_nummer, toewijzing_nummer,
                    product_categorie, product_code, periode_begin, periode_einde, geleverd_volume, eenheid, bedrag, debet_credit, status) VALUES
                    (1, 5, 'iwmo', '0344', '41101234', x'AB', 'P-1', 5001, '02', '02A01', '2026-10-01', '2026-10-31', 8, '04', 48000, 'D', 'approved'),
                    (1, 5, 'iwmo', '0344', '41101234', x'AB', 'C-0', 5001, '02', '02A01', '2026-10-01', '2026-10-31', 8, '04', 48000, 'C', 'rejected');
                """;
            command.Parameters.AddWithValue("$t", Received.ToUnixTimeMilliseconds());
            await command.ExecuteNonQueryAsync();
        }

        var store = new SqliteMessageStore(options, _time);
        Assert.Equal(SqliteMigrations.LatestVersion, await store.MigrateAsync());
        var source = new RelationalFigureSource(store);
        var scope = new FigureScope(new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31), []);

        Assert.Equal(At(1), Assert.Single(await source.ToewijzingenAsync(scope).ToListAsync()).ReceivedAt);
        Assert.Equal(At(2), Assert.Single(await source.StartsAsync(scope).ToListAsync()).ReceivedAt);
        Assert.Null(Assert.Single(await source.StopsAsync(scope).ToListAsync()).ReceivedAt);
        var verzoek = Assert.Single(await source.VerzoekenAsync(scope).ToListAsync());
        Assert.Equal((At(3), At(4)), (verzoek.ReceivedAt, Assert.Single(verzoek.Antwoorden).ReceivedAt));
        var prestaties = (await source.PrestatiesAsync(scope).ToListAsync()).OrderBy(p => p.Bedrag).ToList();
        Assert.Equal(
            [(FigureState.Rejected, -48000L, At(5), At(6)), (FigureState.Granted, 48000L, At(5), At(6))],
            prestaties.Select(p => (p.State, p.Bedrag, (DateTimeOffset?)p.ReceivedAt, p.AnsweredAt)));
        Assert.All(prestaties, p => Assert.Equal("AB", p.ClientId));
        await using var read = await store.OpenReadAsync(default);
        await using var declaratie = read.CreateCommand();
        declaratie.CommandText = "SELECT received_at FROM ledger_declaratie";
        Assert.Equal(At(5)!.Value.ToUnixTimeMilliseconds(), await declaratie.ExecuteScalarAsync());
        store.Dispose();
    }

    [Fact]
    public async Task Migrate_V9StoreWithPayloads_ChainHashesFilledFromReadablePayloads()
    {
        var options = Some.Options(DatabasePath);
        await using (var v9 = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            await v9.OpenAsync();
            await using var command = v9.CreateCommand();
            using (var keys = new SqliteMessageStore(options, _time))
            {
                SqliteMigrationFunctions.Register(v9, keys.Protector, keys.Hasher);
                command.Parameters.AddWithValue("$key", keys.Protector.CurrentKeyId);
                command.Parameters.AddWithValue("$start", keys.Protector.Protect(RepoPaths.SampleBytes("ijw", "jw305-start.xml")));
                command.Parameters.AddWithValue("$junk", keys.Protector.Protect("not a message"u8));
            }

            command.CommandText = "PRAGMA journal_mode=WAL; CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL);"
                + string.Concat(SqliteMigrations.All.Where(m => m.Version <= 9).Select(m => m.Script + $"\nINSERT INTO schema_version VALUES ({m.Version}, 0);"))
                + """
                INSERT INTO message (id, direction, kind, state, code, gemeentecode, payload_key_id, payload, created_at, updated_at) VALUES
                    (1, 'Inbound', 'Heen', 'Accepted', 305, '1234', $key, $start, 1, 1),
                    (2, 'Inbound', 'Heen', 'Rejected', NULL, NULL, $key, $junk, 2, 2),
                    (3, 'Inbound', 'Heen', 'Accepted', 305, '1234', NULL, NULL, 3, 3);
                """;
            await command.ExecuteNonQueryAsync();
        }

        using var store = new SqliteMessageStore(options, _time);
        Assert.Equal(SqliteMigrations.LatestVersion, await store.MigrateAsync());

        var found = await store.SearchAsync(new MessageSearch { ToewijzingNummer = 20260002 }, null, 10, GemeenteScope.All);
        Assert.Equal([1L], found.Items.Select(h => h.Message.Id));
        Assert.Equal(0, (await store.SearchAsync(new MessageSearch { ToewijzingNummer = 20260009 }, null, 10, GemeenteScope.All)).Total);
    }

    private static DateTimeOffset? At(int ms) => Received.AddMilliseconds(ms);
}
