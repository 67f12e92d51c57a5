using Microsoft.Data.Sqlite;

namespace Gateway.Storage.Sqlite;

/// <summary>Numbered schema scripts, applied once each in order and recorded in <c>schema_version</c>.</summary>
internal static class SqliteMigrations
{
    /// <summary>Every migration; append new ones, never edit an applied one.</summary>
    public static readonly IReadOnlyList<(int Version, string Script)> All =
    [
        (1, """
            CREATE TABLE message (
                id                   INTEGER PRIMARY KEY AUTOINCREMENT,
                direction            TEXT    NOT NULL,
                kind                 TEXT    NOT NULL,
                state                TEXT    NOT NULL,
                standard             TEXT    NULL,
                code                 INTEGER NULL,
                release              TEXT    NULL,
                afzender             TEXT    NULL,
                ontvanger            TEXT    NULL,
                identificatie        TEXT    NULL,
                dedup_key            TEXT    NULL UNIQUE,
                env_zender           TEXT    NULL,
                env_referentienummer TEXT    NULL,
                env_crossrefnummer   TEXT    NULL,
                correlates_to        INTEGER NULL REFERENCES message(id) ON DELETE SET NULL,
                gemeentecode         TEXT    NULL,
                retour_codes         TEXT    NOT NULL DEFAULT '',
                payload_key_id       TEXT    NULL,
                payload              BLOB    NULL,
                created_at           INTEGER NOT NULL,
                updated_at           INTEGER NOT NULL,
                UNIQUE (env_zender, env_referentienummer)
            );
            CREATE INDEX ix_message_correlates_to ON message (correlates_to);
            CREATE INDEX ix_message_created_at ON message (created_at);

            CREATE TABLE message_bsn (
                bsn_hash   BLOB    NOT NULL,
                message_id INTEGER NOT NULL REFERENCES message(id) ON DELETE CASCADE,
                PRIMARY KEY (bsn_hash, message_id)
            ) WITHOUT ROWID;
            CREATE INDEX ix_message_bsn_message ON message_bsn (message_id);

            CREATE TABLE message_chain_key (
                chain_key  TEXT    NOT NULL,
                message_id INTEGER NOT NULL REFERENCES message(id) ON DELETE CASCADE,
                PRIMARY KEY (chain_key, message_id)
            ) WITHOUT ROWID;
            CREATE INDEX ix_message_chain_key_message ON message_chain_key (message_id);

            CREATE TABLE message_retour_code (
                retour_code TEXT    NOT NULL,
                message_id  INTEGER NOT NULL REFERENCES message(id) ON DELETE CASCADE,
                PRIMARY KEY (retour_code, message_id)
            ) WITHOUT ROWID;
            CREATE INDEX ix_message_retour_code_message ON message_retour_code (message_id);

            CREATE TABLE message_event (
                id         INTEGER PRIMARY KEY AUTOINCREMENT,
                message_id INTEGER NOT NULL REFERENCES message(id) ON DELETE CASCADE,
                at         INTEGER NOT NULL,
                type       TEXT    NOT NULL,
                detail     TEXT    NULL,
                actor      TEXT    NULL
            );
            CREATE INDEX ix_message_event_message ON message_event (message_id, id);
            CREATE INDEX ix_message_event_type ON message_event (type);

            CREATE TABLE delivery (
                id                 INTEGER PRIMARY KEY AUTOINCREMENT,
                message_id         INTEGER NOT NULL REFERENCES message(id) ON DELETE CASCADE,
                destination        TEXT    NOT NULL,
                state              TEXT    NOT NULL,
                attempts           INTEGER NOT NULL DEFAULT 0,
                next_attempt_at    INTEGER NOT NULL,
                lease_owner        TEXT    NULL,
                lease_until        INTEGER NULL,
                last_error         TEXT    NULL,
                last_failure_kind  TEXT    NULL,
                created_at         INTEGER NOT NULL,
                horizon_started_at INTEGER NOT NULL,
                finished_at        INTEGER NULL
            );
            CREATE INDEX ix_delivery_due ON delivery (state, next_attempt_at);
            CREATE INDEX ix_delivery_lease ON delivery (state, lease_until);
            CREATE INDEX ix_delivery_destination ON delivery (destination, state);
            CREATE INDEX ix_delivery_message ON delivery (message_id);

            CREATE TABLE delivery_attempt (
                delivery_id  INTEGER NOT NULL REFERENCES delivery(id) ON DELETE CASCADE,
                attempt      INTEGER NOT NULL,
                lease_owner  TEXT    NOT NULL,
                started_at   INTEGER NOT NULL,
                finished_at  INTEGER NULL,
                outcome      TEXT    NOT NULL,
                failure_kind TEXT    NULL,
                error        TEXT    NULL,
                PRIMARY KEY (delivery_id, attempt)
            );
            """),
    ];

    /// <summary>The version the code expects.</summary>
    public static int LatestVersion => All[^1].Version;

    /// <summary>Applies the missing migrations inside one immediate transaction; safe to run concurrently and repeatedly.</summary>
    public static int Apply(SqliteConnection connection, long nowMs)
    {
        using (var wal = connection.CreateCommand())
        {
            // journal_mode is persistent in the file; it cannot change inside a transaction.
            wal.CommandText = "PRAGMA journal_mode=WAL;";
            var mode = Convert.ToString(wal.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"The SQLite file could not be switched to WAL journal mode (it is '{mode}').");
            }
        }

        using var tx = connection.BeginTransaction(deferred: false);
        using (var create = connection.CreateCommand())
        {
            create.Transaction = tx;
            create.CommandText = "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL);";
            create.ExecuteNonQuery();
        }

        long current;
        using (var read = connection.CreateCommand())
        {
            read.Transaction = tx;
            read.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version;";
            current = (long)read.ExecuteScalar()!;
        }

        if (current > LatestVersion)
        {
            throw new InvalidOperationException($"The database has schema version {current}, newer than this gateway knows ({LatestVersion}): run a newer gateway or restore a matching backup.");
        }

        foreach (var (version, script) in All.Where(m => m.Version > current))
        {
            using var apply = connection.CreateCommand();
            apply.Transaction = tx;
            apply.CommandText = script + "\nINSERT INTO schema_version (version, applied_at) VALUES ($v, $at);";
            apply.Parameters.AddWithValue("$v", version);
            apply.Parameters.AddWithValue("$at", nowMs);
            apply.ExecuteNonQuery();
        }

        tx.Commit();
        return LatestVersion;
    }
}
