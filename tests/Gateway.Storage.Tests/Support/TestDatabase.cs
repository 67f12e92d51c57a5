using Gateway.Storage.Postgres;
using Gateway.Storage.Relational;
using Gateway.Storage.Sqlite;
using Gateway.Testing.Postgres;
using Microsoft.Data.Sqlite;

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

    public abstract ValueTask DisposeAsync();

    private sealed class SqliteDatabase() : TestDatabase(Some.Options(Path.Combine(Directory.CreateTempSubdirectory("gateway-store-").FullName, "gateway.db")))
    {
        public override RelationalMessageStore Open(TimeProvider time, StorageOptions? options = null) => new SqliteMessageStore(options ?? Options, time);

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

        // The database stays until the server goes at the end of the run; it only costs a directory in the cluster.
        public override ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
