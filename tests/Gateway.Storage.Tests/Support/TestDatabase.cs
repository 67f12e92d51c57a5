using System.Data.Common;
using System.Text;
using Gateway.Storage.Postgres;
using Gateway.Storage.Relational;
using Gateway.Storage.Sqlite;
using Gateway.Testing.Postgres;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Gateway.Storage.Tests.Support;

/// <summary>
/// An empty database of one kind for one test, and the options that open stores on it: a SQLite file in a temp
/// directory, or a fresh database on the test run's PostgreSQL server. Every store opened on it sees the same data.
/// </summary>
internal abstract class TestDatabase : IAsyncDisposable
{
    protected TestDatabase(StorageOptions options) => Options = options;

    /// <summary>The options of the stores on this database (fresh keys).</summary>
    public StorageOptions Options { get; }

    /// <summary>A new SQLite file in a temp directory.</summary>
    public static TestDatabase Sqlite() => new SqliteDatabase();

    /// <summary>A new database on the shared test server.</summary>
    public static async Task<TestDatabase> PostgresAsync()
    {
        var server = await PostgresServer.SharedAsync();
        return new PostgresDatabase(await server.CreateDatabaseAsync("store"));
    }

    /// <summary>Opens a store on this database (not migrated yet), with <paramref name="options"/> or the database's own.</summary>
    public abstract RelationalMessageStore Open(TimeProvider time, StorageOptions? options = null);

    /// <summary>A connection of the test's own to the database, beside any store (not pooled for SQLite).</summary>
    public abstract Task<DbConnection> ConnectAsync();

    /// <summary>Whether <paramref name="text"/> appears in plain text anywhere in the database (SQLite: its files; PostgreSQL: any row of any table).</summary>
    public abstract Task<bool> HoldsPlainTextAsync(string text);

    public abstract ValueTask DisposeAsync();

    private sealed class SqliteDatabase() : TestDatabase(Some.Options(Path.Combine(Directory.CreateTempSubdirectory("gateway-store-").FullName, "gateway.db")))
    {
        public override RelationalMessageStore Open(TimeProvider time, StorageOptions? options = null) => new SqliteMessageStore(options ?? Options, time);

        public override async Task<DbConnection> ConnectAsync()
        {
            var connection = new SqliteConnection($"Data Source={Options.DatabasePath};Pooling=False");
            await connection.OpenAsync();
            return connection;
        }

        public override async Task<bool> HoldsPlainTextAsync(string text)
        {
            await using (var checkpoint = new SqliteConnection($"Data Source={Options.DatabasePath};Pooling=False"))
            {
                await checkpoint.OpenAsync();
                await using var command = checkpoint.CreateCommand();
                command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
                await command.ExecuteNonQueryAsync();
            }

            var needle = Encoding.UTF8.GetBytes(text);
            foreach (var file in Directory.GetFiles(Path.GetDirectoryName(Options.DatabasePath)!, Path.GetFileName(Options.DatabasePath) + "*"))
            {
                try
                {
                    await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                    using var buffer = new MemoryStream();
                    await stream.CopyToAsync(buffer);
                    if (buffer.ToArray().AsSpan().IndexOf(needle) >= 0)
                    {
                        return true;
                    }
                }
                catch (FileNotFoundException)
                {
                    // SQLite removes -wal and -shm when the last connection closes: nothing left to read.
                }
            }

            return false;
        }

        public override ValueTask DisposeAsync()
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(Path.GetDirectoryName(Options.DatabasePath)!, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp directory is harmless; a failing cleanup must not fail the test.
            }

            return ValueTask.CompletedTask;
        }
    }

    private sealed class PostgresDatabase(string connectionString) : TestDatabase(Some.PostgresOptions(connectionString))
    {
        public override RelationalMessageStore Open(TimeProvider time, StorageOptions? options = null) => new PostgresMessageStore(options ?? Options, time);

        public override async Task<DbConnection> ConnectAsync()
        {
            var connection = new NpgsqlConnection(Options.ConnectionString);
            await connection.OpenAsync();
            return connection;
        }

        public override async Task<bool> HoldsPlainTextAsync(string text)
        {
            await using var connection = (NpgsqlConnection)await ConnectAsync();
            var tables = new List<string>();
            await using (var list = new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE schemaname = 'public'", connection))
            await using (var reader = await list.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    tables.Add(reader.GetString(0));
                }
            }

            foreach (var table in tables)
            {
                // A row as text shows bytea as hex: look for the text itself and for its bytes in hex.
                await using var search = new NpgsqlCommand($"SELECT EXISTS (SELECT 1 FROM \"{table}\" t WHERE strpos(t::text, @text) > 0 OR strpos(t::text, @hex) > 0)", connection);
                search.Parameters.AddWithValue("text", text);
                search.Parameters.AddWithValue("hex", Convert.ToHexStringLower(Encoding.UTF8.GetBytes(text)));
                if ((bool)(await search.ExecuteScalarAsync())!)
                {
                    return true;
                }
            }

            return false;
        }

        // The database stays until the cluster goes at the end of the run.
        public override ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
