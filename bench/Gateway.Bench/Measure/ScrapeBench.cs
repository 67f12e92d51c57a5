using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Gateway.Storage;
using Gateway.Storage.Ledger;
using Gateway.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Gateway.Bench.Measure;

/// <summary>
/// The store side of one <c>/metrics</c> scrape (every query the gauges run: tally, oldest open delivery, held 325s,
/// ceiling usage) on a real SQLite store of N messages, each with a delivery, a retourcode and two events.
/// </summary>
internal static class ScrapeBench
{
    public static int Run(int messages, int rounds, TextWriter output)
    {
        var directory = Directory.CreateTempSubdirectory("gateway-scrape-bench-").FullName;
        try
        {
            var path = Path.Combine(directory, "gateway.db");
            var options = new StorageOptions
            {
                DatabasePath = path,
                EncryptionKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
                BsnHashKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            };
            using var store = new SqliteMessageStore(options, TimeProvider.System);
            store.MigrateAsync().GetAwaiter().GetResult();
            Fill(path, messages);
            var answers = new RelationalDeclaratieAntwoorden(store);

            // Untimed: JIT, connection pool, page cache.
            Scrape(store, answers);
            var times = new List<double>();
            for (var i = 0; i < rounds; i++)
            {
                var watch = Stopwatch.StartNew();
                Scrape(store, answers);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"scrape store reads on {messages:N0} messages: median {times[times.Count / 2]:0.00} ms, best {times[0]:0.00} ms, worst {times[^1]:0.00} ms over {rounds} rounds"));
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static void Scrape(SqliteMessageStore store, RelationalDeclaratieAntwoorden answers)
    {
        var gauges = store.ReadGaugesAsync().GetAwaiter().GetResult();
        var held = answers.ListHeldAsync().GetAwaiter().GetResult();
        var usage = answers.ListCeilingUsageAsync().GetAwaiter().GetResult();
        GC.KeepAlive((gauges, held, usage));
    }

    private static void Fill(string path, int messages)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var tx = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = $"""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {messages})
            INSERT INTO message (id, direction, kind, state, created_at, updated_at) SELECT i, 'Inbound', 'Heen', 'Answered', 1700000000000 + i, 1700000000000 + i FROM n;
            INSERT INTO delivery (message_id, destination, state, next_attempt_at, created_at, horizon_started_at)
                SELECT id, 'hub', CASE id % 10 WHEN 0 THEN 'Pending' ELSE 'Delivered' END, created_at, created_at, created_at FROM message;
            INSERT INTO message_retour_code (retour_code, message_id) SELECT '0200', id FROM message;
            INSERT INTO message_event (message_id, at, type) SELECT id, created_at, type FROM message, (SELECT 'MessageReceived' AS type UNION ALL SELECT 'MessageAccepted');
            """;
        command.ExecuteNonQuery();
        tx.Commit();
    }
}
