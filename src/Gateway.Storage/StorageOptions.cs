using Npgsql;

namespace Gateway.Storage;

/// <summary>Where the store lives and the keys that protect it. Bound from configuration section "Storage".</summary>
public sealed record StorageOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Storage";

    /// <summary>Default key id written with each ciphertext.</summary>
    public const string DefaultEncryptionKeyId = "1";

    /// <summary>Default cap on the units of work one group commit holds.</summary>
    public const int DefaultGroupCommitMaxUnits = 64;

    /// <summary>Default time a writer waits for the database lock.</summary>
    public static readonly TimeSpan DefaultBusyTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The SQLite store: one file, one serving process (the default, and the demo's).</summary>
    public const string SqliteProvider = "Sqlite";

    /// <summary>The PostgreSQL store: one database shared by any number of instances.</summary>
    public const string PostgresProvider = "Postgres";

    /// <summary>Which database the store lives in: <see cref="SqliteProvider"/> or <see cref="PostgresProvider"/>.</summary>
    public string Provider { get; set; } = SqliteProvider;

    /// <summary>With <see cref="PostgresProvider"/>: the Npgsql connection string (Host, Port, Database, Username, Password, SSL Mode …).</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>Whether the store is PostgreSQL.</summary>
    public bool IsPostgres => string.Equals(Provider, PostgresProvider, StringComparison.OrdinalIgnoreCase);

    /// <summary>Path of the SQLite database file (its directory is created when missing).</summary>
    public string DatabasePath { get; set; } = "";

    /// <summary>AES-256-GCM key for payloads: 32 random bytes, base64.</summary>
    public string EncryptionKey { get; set; } = "";

    /// <summary>Id stored with each ciphertext so keys can rotate; new payloads use this key.</summary>
    public string EncryptionKeyId { get; set; } = DefaultEncryptionKeyId;

    /// <summary>Earlier payload keys (id → base64), still used to decrypt rows written under them.</summary>
    public Dictionary<string, string> RetiredEncryptionKeys { get; set; } = [];

    /// <summary>HMAC-SHA256 key for BSN lookups: at least 32 random bytes, base64, different from the payload key.</summary>
    public string BsnHashKey { get; set; } = "";

    /// <summary>
    /// Earlier BSN hash keys, oldest first (base64, each at least 32 bytes). To replace the hash key, append the current
    /// <see cref="BsnHashKey"/> here and set a new one; never remove or reorder an entry: stored hashes are chained
    /// through every generation (see <see cref="Protection.BsnHasher"/>), and the store refuses keys that do not match.
    /// </summary>
    public List<string> PreviousBsnHashKeys { get; set; } = [];

    /// <summary>How long a writer waits for the database lock before failing.</summary>
    public TimeSpan BusyTimeout { get; set; } = DefaultBusyTimeout;

    /// <summary>
    /// Whether units of work that arrive together share one database transaction and one commit (one fsync), each still
    /// acknowledged only after that commit. Unset: on for SQLite (its writers take turns anyway, and each commit is an
    /// fsync), off for PostgreSQL (concurrent connections work side by side and the server already flushes their commits
    /// together; see PostgresMessageStore).
    /// </summary>
    public bool? GroupCommit { get; set; }

    /// <summary>With <see cref="GroupCommit"/>: the most units of work one commit holds; a full batch commits even when more wait.</summary>
    public int GroupCommitMaxUnits { get; set; } = DefaultGroupCommitMaxUnits;

    /// <summary>Everything an operator must fix before the store can start; empty when the options are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (IsPostgres)
        {
            CheckConnectionString(problems);
        }
        else if (!string.Equals(Provider, SqliteProvider, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"Gateway:Storage:Provider is \"{Provider}\": set it to {SqliteProvider} (one file, one instance) or {PostgresProvider} (with Gateway:Storage:ConnectionString).");
        }
        else if (string.IsNullOrWhiteSpace(DatabasePath))
        {
            problems.Add("Gateway:Storage:DatabasePath is empty: set it to the path of the SQLite file, e.g. /var/lib/gateway/gateway.db.");
        }

        var payloadKey = CheckKey("Gateway:Storage:EncryptionKey", EncryptionKey, exactLength: true, problems);
        if (string.IsNullOrWhiteSpace(EncryptionKeyId))
        {
            problems.Add("Gateway:Storage:EncryptionKeyId is empty: give the current payload key a short id such as \"1\" or \"2025-01\".");
        }

        foreach (var (id, key) in RetiredEncryptionKeys)
        {
            CheckKey($"Gateway:Storage:RetiredEncryptionKeys:{id}", key, exactLength: true, problems);
            if (id == EncryptionKeyId)
            {
                problems.Add($"Gateway:Storage:RetiredEncryptionKeys has the id \"{id}\" of the current key: give the new key a new id.");
            }
        }

        var bsnKey = CheckKey("Gateway:Storage:BsnHashKey", BsnHashKey, exactLength: false, problems);
        if (payloadKey is not null && bsnKey is not null && payloadKey.AsSpan().SequenceEqual(bsnKey))
        {
            problems.Add("Gateway:Storage:BsnHashKey equals Gateway:Storage:EncryptionKey: use two independent random keys.");
        }

        CheckPreviousBsnHashKeys(payloadKey, bsnKey, problems);
        if (BusyTimeout <= TimeSpan.Zero)
        {
            problems.Add("Gateway:Storage:BusyTimeout must be positive, e.g. 00:00:10.");
        }

        if (GroupCommitMaxUnits is < 1 or > 10_000)
        {
            problems.Add($"Gateway:Storage:GroupCommitMaxUnits is {GroupCommitMaxUnits}: set it between 1 and 10000 (default {DefaultGroupCommitMaxUnits}); to turn group commit off set Gateway:Storage:GroupCommit to false.");
        }

        return problems;
    }

    private void CheckConnectionString(List<string> problems)
    {
        const string Example = "e.g. Host=db.example;Port=5432;Database=gateway;Username=gateway;Password=…";
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            problems.Add($"Gateway:Storage:ConnectionString is empty: with Provider={PostgresProvider} set it to the PostgreSQL connection string, {Example}.");
            return;
        }

        NpgsqlConnectionStringBuilder parsed;
        try
        {
            parsed = new NpgsqlConnectionStringBuilder(ConnectionString);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException or OverflowException)
        {
            // Not the parser's text: it can quote a value, and the value may be the password.
            problems.Add($"Gateway:Storage:ConnectionString is not a PostgreSQL connection string (keyword=value pairs separated by ';'): {Example}.");
            return;
        }

        if (string.IsNullOrWhiteSpace(parsed.Host))
        {
            problems.Add($"Gateway:Storage:ConnectionString names no Host: {Example}.");
        }

        if (string.IsNullOrWhiteSpace(parsed.Database))
        {
            problems.Add($"Gateway:Storage:ConnectionString names no Database: {Example}.");
        }

        if (PreviousBsnHashKeys.Count > 0)
        {
            problems.Add($"Gateway:Storage:PreviousBsnHashKeys is not supported with Provider={PostgresProvider} yet: carrying BSN hashes to a new hash key runs on SQLite only; keep the one BsnHashKey and leave this list empty.");
        }
    }

    private void CheckPreviousBsnHashKeys(byte[]? payloadKey, byte[]? bsnKey, List<string> problems)
    {
        var seen = new List<byte[]>();
        if (bsnKey is not null)
        {
            seen.Add(bsnKey);
        }

        for (var i = 0; i < PreviousBsnHashKeys.Count; i++)
        {
            var name = $"Gateway:Storage:PreviousBsnHashKeys:{i}";
            var key = CheckKey(name, PreviousBsnHashKeys[i], exactLength: false, problems);
            if (key is null)
            {
                continue;
            }

            if (seen.Any(k => k.AsSpan().SequenceEqual(key)))
            {
                problems.Add($"{name} repeats another BSN hash key (Gateway:Storage:BsnHashKey or an earlier entry): every generation needs its own random key.");
            }
            else if (payloadKey is not null && payloadKey.AsSpan().SequenceEqual(key))
            {
                problems.Add($"{name} equals Gateway:Storage:EncryptionKey: use independent random keys.");
            }

            seen.Add(key);
        }
    }

    private static byte[]? CheckKey(string name, string value, bool exactLength, List<string> problems)
    {
        const string Generate = "generate one with: openssl rand -base64 32";
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add($"{name} is missing: {Generate}.");
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(value);
        }
        catch (FormatException)
        {
            problems.Add($"{name} is not valid base64: {Generate}.");
            return null;
        }

        if (exactLength ? bytes.Length != 32 : bytes.Length < 32)
        {
            problems.Add($"{name} is {bytes.Length} bytes; it must be {(exactLength ? "exactly" : "at least")} 32 bytes: {Generate}.");
            return null;
        }

        return bytes;
    }
}
