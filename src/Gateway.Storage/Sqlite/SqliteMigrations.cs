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
        (2, """
            -- The ledger: the memory of accepted traffic per domain (standard) and gemeente. message_id names the message
            -- a fact came from but is no foreign key: retention may purge messages, the ledger must remember.
            -- Clients only as keyed BSN hashes. Dates as yyyy-MM-dd, times as HH:mm:ss (text sorts correctly).
            CREATE TABLE ledger_toewijzing (
                id                   INTEGER PRIMARY KEY AUTOINCREMENT,
                message_id           INTEGER NOT NULL,
                standard             TEXT    NOT NULL,
                gemeentecode         TEXT    NOT NULL,
                aanbieder            TEXT    NOT NULL,
                client_hash          BLOB    NOT NULL,
                toewijzing_nummer    INTEGER NOT NULL,
                referentie_aanbieder TEXT    NULL,
                product_categorie    TEXT    NULL,
                product_code         TEXT    NULL,
                toewijzingsdatum     TEXT    NOT NULL,
                toewijzingstijd      TEXT    NOT NULL,
                ingangsdatum         TEXT    NOT NULL,
                einddatum            TEXT    NULL,
                reden_wijziging      TEXT    NULL,
                volume               INTEGER NULL,
                eenheid              TEXT    NULL,
                frequentie           TEXT    NULL,
                budget               INTEGER NULL,
                UNIQUE (standard, gemeentecode, toewijzing_nummer, toewijzingsdatum, toewijzingstijd)
            );
            CREATE INDEX ix_ledger_toewijzing_client ON ledger_toewijzing (standard, gemeentecode, aanbieder, client_hash);
            CREATE INDEX ix_ledger_toewijzing_referentie ON ledger_toewijzing (standard, aanbieder, referentie_aanbieder);

            CREATE TABLE ledger_start (
                id                      INTEGER PRIMARY KEY AUTOINCREMENT,
                message_id              INTEGER NOT NULL,
                standard                TEXT    NOT NULL,
                gemeentecode            TEXT    NOT NULL,
                aanbieder               TEXT    NOT NULL,
                client_hash             BLOB    NOT NULL,
                toewijzing_nummer       INTEGER NULL,
                product_categorie       TEXT    NULL,
                product_code            TEXT    NULL,
                toewijzing_ingangsdatum TEXT    NULL,
                begindatum              TEXT    NOT NULL,
                status_aanlevering      TEXT    NOT NULL
            );
            CREATE INDEX ix_ledger_start_client ON ledger_start (standard, gemeentecode, aanbieder, client_hash);

            CREATE TABLE ledger_stop (
                id                      INTEGER PRIMARY KEY AUTOINCREMENT,
                message_id              INTEGER NOT NULL,
                standard                TEXT    NOT NULL,
                gemeentecode            TEXT    NOT NULL,
                aanbieder               TEXT    NOT NULL,
                client_hash             BLOB    NOT NULL,
                toewijzing_nummer       INTEGER NULL,
                product_categorie       TEXT    NULL,
                product_code            TEXT    NULL,
                toewijzing_ingangsdatum TEXT    NULL,
                begindatum              TEXT    NOT NULL,
                reden_beeindiging       TEXT    NOT NULL,
                einddatum               TEXT    NOT NULL,
                status_aanlevering      TEXT    NOT NULL
            );
            CREATE INDEX ix_ledger_stop_client ON ledger_stop (standard, gemeentecode, aanbieder, client_hash);

            CREATE TABLE ledger_verzoek (
                id                   INTEGER PRIMARY KEY AUTOINCREMENT,
                message_id           INTEGER NOT NULL,
                standard             TEXT    NOT NULL,
                gemeentecode         TEXT    NOT NULL,
                aanbieder            TEXT    NOT NULL,
                client_hash          BLOB    NOT NULL,
                referentie_aanbieder TEXT    NOT NULL,
                bericht_code         INTEGER NOT NULL,
                product_categorie    TEXT    NULL,
                product_code         TEXT    NULL,
                UNIQUE (standard, aanbieder, referentie_aanbieder)
            );
            CREATE INDEX ix_ledger_verzoek_client ON ledger_verzoek (standard, gemeentecode, aanbieder, client_hash);

            CREATE TABLE ledger_antwoord (
                id                       INTEGER PRIMARY KEY AUTOINCREMENT,
                message_id               INTEGER NOT NULL,
                standard                 TEXT    NOT NULL,
                gemeentecode             TEXT    NOT NULL,
                aanbieder                TEXT    NOT NULL,
                referentie_aanbieder     TEXT    NOT NULL,
                verzoek_antwoord         TEXT    NOT NULL,
                reden_afwijzing_verzoek  TEXT    NULL
            );
            CREATE INDEX ix_ledger_antwoord_referentie ON ledger_antwoord (standard, aanbieder, referentie_aanbieder);
            """),
        (3, """
            CREATE TABLE ledger_declaratie (
                id                  INTEGER PRIMARY KEY AUTOINCREMENT,
                message_id          INTEGER NOT NULL,
                standard            TEXT    NOT NULL,
                gemeentecode        TEXT    NOT NULL,
                aanbieder           TEXT    NOT NULL,
                declaratie_nummer   TEXT    NOT NULL,
                periode_begin       TEXT    NOT NULL,
                periode_einde       TEXT    NOT NULL,
                UNIQUE (standard, aanbieder, declaratie_nummer)
            );

            CREATE TABLE ledger_prestatie (
                id                      INTEGER PRIMARY KEY AUTOINCREMENT,
                declaratie_id           INTEGER NOT NULL REFERENCES ledger_declaratie(id),
                message_id              INTEGER NOT NULL,
                standard                TEXT    NOT NULL,
                gemeentecode            TEXT    NOT NULL,
                aanbieder               TEXT    NOT NULL,
                client_hash             BLOB    NOT NULL,
                referentie_nummer       TEXT    NOT NULL,
                vorig_referentie_nummer TEXT    NULL,
                toewijzing_nummer       INTEGER NOT NULL,
                product_categorie       TEXT    NOT NULL,
                product_code            TEXT    NOT NULL,
                periode_begin           TEXT    NOT NULL,
                periode_einde           TEXT    NOT NULL,
                geleverd_volume         INTEGER NOT NULL,
                eenheid                 TEXT    NOT NULL,
                product_tarief          INTEGER NULL,
                bedrag                  INTEGER NOT NULL,
                debet_credit            TEXT    NOT NULL CHECK (debet_credit IN ('D', 'C')),
                status                  TEXT    NOT NULL CHECK (status IN ('submitted', 'approved', 'rejected'))
            );
            CREATE INDEX ix_ledger_prestatie_referentie ON ledger_prestatie (standard, aanbieder, referentie_nummer);
            CREATE INDEX ix_ledger_prestatie_vorig ON ledger_prestatie (standard, aanbieder, vorig_referentie_nummer);
            CREATE INDEX ix_ledger_prestatie_toewijzing ON ledger_prestatie (standard, gemeentecode, toewijzing_nummer);
            """),
        (4, """
            -- Ceiling usage: the granted net amount (debit minus credit of approved prestaties, eurocents) per ceiling and
            -- year, kept in the transaction that grants, and the thresholds already signalled (once per ceiling-year).
            CREATE TABLE ceiling_usage (
                ceiling_id  TEXT    NOT NULL,
                jaar        INTEGER NOT NULL,
                used        INTEGER NOT NULL,
                updated_at  INTEGER NOT NULL,
                PRIMARY KEY (ceiling_id, jaar)
            ) WITHOUT ROWID;

            CREATE TABLE ceiling_threshold (
                ceiling_id  TEXT    NOT NULL,
                jaar        INTEGER NOT NULL,
                drempel     INTEGER NOT NULL,
                message_id  INTEGER NOT NULL,
                reached_at  INTEGER NOT NULL,
                PRIMARY KEY (ceiling_id, jaar, drempel)
            ) WITHOUT ROWID;

            -- 325s held for a back-office decision (no BSN). state moves once from 'held' (compare-and-set).
            CREATE TABLE held_answer (
                answer_message_id     INTEGER PRIMARY KEY,
                declaratie_message_id INTEGER NOT NULL UNIQUE,
                standard              TEXT    NOT NULL,
                gemeentecode          TEXT    NOT NULL,
                aanbieder             TEXT    NOT NULL,
                declaratie_nummer     TEXT    NOT NULL,
                ingediend             INTEGER NOT NULL,
                toegekend             INTEGER NOT NULL,
                reasons               TEXT    NOT NULL,
                ontvangen             TEXT    NOT NULL,
                deadline              TEXT    NOT NULL,
                state                 TEXT    NOT NULL CHECK (state IN ('held', 'released', 'replaced')),
                held_at               INTEGER NOT NULL,
                decided_by            TEXT    NULL,
                decided_at            INTEGER NULL
            );
            CREATE INDEX ix_held_answer_state ON held_answer (state, deadline);
            CREATE INDEX ix_ledger_prestatie_message ON ledger_prestatie (message_id);
            """),
        (5, """
            -- Nothing that could hold a BSN stays in a plain column (see KeyedHashColumns): lookup columns become keyed
            -- hashes (purpose "identifier"), display columns keep a masked form, the exact envelope is sealed like payloads
            -- for re-sending. Each message keeps the SHA-256 and size of its payload, which outlive the bytes: a reused
            -- envelope is told from a copy by content. Refused payloads are marked for early trimming. The gw_ functions
            -- (SqliteMigrationFunctions) convert existing rows with the store's keys; secure_delete wipes the old text.
            ALTER TABLE message RENAME COLUMN dedup_key TO dedup_key_hash;
            ALTER TABLE message RENAME COLUMN env_zender TO env_zender_hash;
            ALTER TABLE message RENAME COLUMN env_referentienummer TO env_referentienummer_hash;
            ALTER TABLE message ADD COLUMN dedup_key_shown TEXT NULL;
            ALTER TABLE message ADD COLUMN env_zender_shown TEXT NULL;
            ALTER TABLE message ADD COLUMN env_referentienummer_shown TEXT NULL;
            ALTER TABLE message ADD COLUMN env_key_id TEXT NULL;
            ALTER TABLE message ADD COLUMN env_sealed BLOB NULL;
            ALTER TABLE message ADD COLUMN content_hash TEXT NULL;
            ALTER TABLE message ADD COLUMN payload_size INTEGER NULL;
            ALTER TABLE message ADD COLUMN payload_trimmed INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE message ADD COLUMN refused INTEGER NOT NULL DEFAULT 0;
            UPDATE message SET
                env_key_id = CASE WHEN env_zender_hash IS NULL OR env_referentienummer_hash IS NULL THEN NULL ELSE gw_seal_key_id() END,
                env_sealed = gw_seal_envelope(env_zender_hash, env_referentienummer_hash, env_crossrefnummer),
                env_zender_shown = gw_redact(env_zender_hash),
                env_referentienummer_shown = gw_redact(env_referentienummer_hash),
                env_crossrefnummer = gw_redact(env_crossrefnummer),
                dedup_key_shown = gw_redact(dedup_key_hash),
                identificatie = gw_redact(identificatie),
                content_hash = gw_content_hash(payload_key_id, payload),
                payload_size = gw_payload_size(payload_key_id, payload),
                refused = (state = 'Rejected' AND retour_codes = '' AND kind <> 'TransportError'),
                dedup_key_hash = gw_identifier_hash(dedup_key_hash),
                env_zender_hash = gw_identifier_hash(env_zender_hash),
                env_referentienummer_hash = gw_identifier_hash(env_referentienummer_hash);
            CREATE INDEX ix_message_refused ON message (refused, payload_trimmed, created_at) WHERE refused = 1;

            ALTER TABLE ledger_toewijzing RENAME COLUMN referentie_aanbieder TO referentie_aanbieder_hash;
            ALTER TABLE ledger_verzoek RENAME COLUMN referentie_aanbieder TO referentie_aanbieder_hash;
            ALTER TABLE ledger_antwoord RENAME COLUMN referentie_aanbieder TO referentie_aanbieder_hash;
            UPDATE ledger_toewijzing SET referentie_aanbieder_hash = gw_identifier_hash(referentie_aanbieder_hash);
            UPDATE ledger_verzoek SET referentie_aanbieder_hash = gw_identifier_hash(referentie_aanbieder_hash);
            UPDATE ledger_antwoord SET referentie_aanbieder_hash = gw_identifier_hash(referentie_aanbieder_hash);
            """),
        (6, """
            -- Keys that can change. Every table with keyed hashes (KeyedHashColumns: BSN hashes and the identifier hashes of
            -- migration 5) gets one generation column: all keyed hashes of a row are chained to the same BSN hash key
            -- generation (see BsnHasher) and move together. Rows written before this migration are generation 0. The
            -- fingerprints name the key of each generation, so a store opened with other keys refuses to start instead of
            -- silently matching nothing.
            ALTER TABLE message ADD COLUMN hash_gen INTEGER NOT NULL DEFAULT 0;
            CREATE INDEX ix_message_hash_gen ON message (hash_gen);
            ALTER TABLE message_bsn ADD COLUMN hash_gen INTEGER NOT NULL DEFAULT 0;
            CREATE INDEX ix_message_bsn_hash_gen ON message_bsn (hash_gen);
            ALTER TABLE ledger_toewijzing ADD COLUMN hash_gen INTEGER NOT NULL DEFAULT 0;
            CREATE INDEX ix_ledger_toewijzing_hash_gen ON ledger_toewijzing (hash_gen);
            ALTER TABLE ledger_start ADD COLUMN hash_gen INTEGER NOT NULL DEFAULT 0;
            CREATE INDEX ix_ledger_start_hash_gen ON ledger_start (hash_gen);
            ALTER TABLE ledger_stop ADD COLUMN hash_gen INTEGER NOT NULL DEFAULT 0;
            CREATE INDEX ix_ledger_stop_hash_gen ON ledger_stop (hash_gen);
            ALTER TABLE ledger_verzoek ADD COLUMN hash_gen INTEGER NOT NULL DEFAULT 0;
            CREATE INDEX ix_ledger_verzoek_hash_gen ON ledger_verzoek (hash_gen);
            ALTER TABLE ledger_antwoord ADD COLUMN hash_gen INTEGER NOT NULL DEFAULT 0;
            CREATE INDEX ix_ledger_antwoord_hash_gen ON ledger_antwoord (hash_gen);
            ALTER TABLE ledger_prestatie ADD COLUMN hash_gen INTEGER NOT NULL DEFAULT 0;
            CREATE INDEX ix_ledger_prestatie_hash_gen ON ledger_prestatie (hash_gen);
            CREATE TABLE keyed_hash_key (
                generation  INTEGER PRIMARY KEY,
                fingerprint BLOB    NOT NULL
            );

            -- The keys the serving gateway last started with, so `gateway keys rotate` from another process never moves
            -- rows to keys the running gateway cannot read.
            CREATE TABLE serving_keys (
                id              INTEGER PRIMARY KEY CHECK (id = 1),
                payload_key_id  TEXT    NOT NULL,
                hash_generation INTEGER NOT NULL,
                recorded_at     INTEGER NOT NULL
            );

            -- Ciphertext not yet under the current key (payloads, sealed envelopes: EncryptedColumns) is found by key id.
            CREATE INDEX ix_message_payload_key_id ON message (payload_key_id);
            CREATE INDEX ix_message_env_key_id ON message (env_key_id);
            """),
        (7, """
            -- Metrics without table scans. store_tally keeps the current number of rows per label set (deliveries per
            -- state and destination, messages per state, messages per retourcode), kept up to date by triggers in the same
            -- transaction as the row change (retention's cascaded deletes included), so a scrape reads a few rows by
            -- primary key instead of grouping whole tables. These are gauges: they go down when rows go.
            CREATE TABLE store_tally (
                kind TEXT    NOT NULL,
                k1   TEXT    NOT NULL,
                k2   TEXT    NOT NULL DEFAULT '',
                n    INTEGER NOT NULL,
                PRIMARY KEY (kind, k1, k2)
            ) WITHOUT ROWID;
            INSERT INTO store_tally (kind, k1, k2, n) SELECT 'delivery', state, destination, COUNT(*) FROM delivery GROUP BY state, destination;
            INSERT INTO store_tally (kind, k1, k2, n) SELECT 'message', state, '', COUNT(*) FROM message GROUP BY state;
            INSERT INTO store_tally (kind, k1, k2, n) SELECT 'retour_code', retour_code, '', COUNT(*) FROM message_retour_code GROUP BY retour_code;

            CREATE TRIGGER tally_delivery_insert AFTER INSERT ON delivery BEGIN
                INSERT INTO store_tally (kind, k1, k2, n) VALUES ('delivery', NEW.state, NEW.destination, 1)
                    ON CONFLICT (kind, k1, k2) DO UPDATE SET n = n + 1;
            END;
            CREATE TRIGGER tally_delivery_delete AFTER DELETE ON delivery BEGIN
                UPDATE store_tally SET n = n - 1 WHERE kind = 'delivery' AND k1 = OLD.state AND k2 = OLD.destination;
            END;
            CREATE TRIGGER tally_delivery_update AFTER UPDATE OF state, destination ON delivery
                WHEN OLD.state IS NOT NEW.state OR OLD.destination IS NOT NEW.destination BEGIN
                UPDATE store_tally SET n = n - 1 WHERE kind = 'delivery' AND k1 = OLD.state AND k2 = OLD.destination;
                INSERT INTO store_tally (kind, k1, k2, n) VALUES ('delivery', NEW.state, NEW.destination, 1)
                    ON CONFLICT (kind, k1, k2) DO UPDATE SET n = n + 1;
            END;

            CREATE TRIGGER tally_message_insert AFTER INSERT ON message BEGIN
                INSERT INTO store_tally (kind, k1, k2, n) VALUES ('message', NEW.state, '', 1)
                    ON CONFLICT (kind, k1, k2) DO UPDATE SET n = n + 1;
            END;
            CREATE TRIGGER tally_message_delete AFTER DELETE ON message BEGIN
                UPDATE store_tally SET n = n - 1 WHERE kind = 'message' AND k1 = OLD.state AND k2 = '';
            END;
            CREATE TRIGGER tally_message_update AFTER UPDATE OF state ON message WHEN OLD.state IS NOT NEW.state BEGIN
                UPDATE store_tally SET n = n - 1 WHERE kind = 'message' AND k1 = OLD.state AND k2 = '';
                INSERT INTO store_tally (kind, k1, k2, n) VALUES ('message', NEW.state, '', 1)
                    ON CONFLICT (kind, k1, k2) DO UPDATE SET n = n + 1;
            END;

            CREATE TRIGGER tally_retour_code_insert AFTER INSERT ON message_retour_code BEGIN
                INSERT INTO store_tally (kind, k1, k2, n) VALUES ('retour_code', NEW.retour_code, '', 1)
                    ON CONFLICT (kind, k1, k2) DO UPDATE SET n = n + 1;
            END;
            CREATE TRIGGER tally_retour_code_delete AFTER DELETE ON message_retour_code BEGIN
                UPDATE store_tally SET n = n - 1 WHERE kind = 'retour_code' AND k1 = OLD.retour_code AND k2 = '';
            END;

            -- The oldest open delivery by a two-step index search instead of reading every delivery.
            CREATE INDEX ix_delivery_horizon ON delivery (state, horizon_started_at);

            -- The write probe of /health/ready: one row, rewritten (and fsynced) by every probe.
            CREATE TABLE store_heartbeat (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                at INTEGER NOT NULL
            );
            """),
        (8, """
            -- Steering figures (RelationalFigureRecorder, RelationalFigureSource). received_at: when the gateway recorded the message
            -- a ledger fact came from (unix ms, as message.created_at), kept in the ledger because retention may purge the
            -- message; rows whose message is gone already stay NULL.
            ALTER TABLE ledger_toewijzing ADD COLUMN received_at INTEGER NULL;
            ALTER TABLE ledger_start ADD COLUMN received_at INTEGER NULL;
            ALTER TABLE ledger_stop ADD COLUMN received_at INTEGER NULL;
            ALTER TABLE ledger_verzoek ADD COLUMN received_at INTEGER NULL;
            ALTER TABLE ledger_antwoord ADD COLUMN received_at INTEGER NULL;
            ALTER TABLE ledger_declaratie ADD COLUMN received_at INTEGER NULL;
            UPDATE ledger_toewijzing SET received_at = (SELECT m.created_at FROM message m WHERE m.id = ledger_toewijzing.message_id);
            UPDATE ledger_start SET received_at = (SELECT m.created_at FROM message m WHERE m.id = ledger_start.message_id);
            UPDATE ledger_stop SET received_at = (SELECT m.created_at FROM message m WHERE m.id = ledger_stop.message_id);
            UPDATE ledger_verzoek SET received_at = (SELECT m.created_at FROM message m WHERE m.id = ledger_verzoek.message_id);
            UPDATE ledger_antwoord SET received_at = (SELECT m.created_at FROM message m WHERE m.id = ledger_antwoord.message_id);
            UPDATE ledger_declaratie SET received_at = (SELECT m.created_at FROM message m WHERE m.id = ledger_declaratie.message_id);

            -- Reads by period are range scans: toewijzingen overlapping the months (open-ended ones end on 9999-12-31),
            -- starts by Begindatum, stops by Einddatum, requests by receipt.
            CREATE INDEX ix_ledger_toewijzing_periode ON ledger_toewijzing (COALESCE(einddatum, '9999-12-31'), ingangsdatum);
            CREATE INDEX ix_ledger_start_begindatum ON ledger_start (begindatum, gemeentecode);
            CREATE INDEX ix_ledger_stop_einddatum ON ledger_stop (einddatum, gemeentecode);
            CREATE INDEX ix_ledger_verzoek_received ON ledger_verzoek (received_at, gemeentecode);

            -- Every judged prestatie of every inbound 323 that reached the commit phase and was neither refused nor a
            -- duplicate, also of 323s rejected whole (the ledger keeps only 323s that grant something). bedrag is signed
            -- (credit negative); judged is the gateway's own verdict, state where it stands: held until the held 325 is
            -- decided (answered_at NULL until then). maand is yyyy-MM of periode_begin. No message foreign key: retention
            -- may purge messages, the figures must remember.
            CREATE TABLE figure_prestatie (
                id                    INTEGER PRIMARY KEY AUTOINCREMENT,
                declaratie_message_id INTEGER NOT NULL,
                standard              TEXT    NOT NULL,
                gemeentecode          TEXT    NOT NULL,
                aanbieder             TEXT    NOT NULL,
                client_hash           BLOB    NOT NULL,
                hash_gen              INTEGER NOT NULL DEFAULT 0,
                referentie_nummer     TEXT    NOT NULL,
                toewijzing_nummer     INTEGER NOT NULL,
                product_categorie     TEXT    NOT NULL,
                product_code          TEXT    NOT NULL,
                periode_begin         TEXT    NOT NULL,
                periode_einde         TEXT    NOT NULL,
                maand                 TEXT    NOT NULL,
                geleverd_volume       INTEGER NOT NULL,
                eenheid               TEXT    NOT NULL,
                bedrag                INTEGER NOT NULL,
                judged                TEXT    NOT NULL CHECK (judged IN ('granted', 'rejected')),
                state                 TEXT    NOT NULL CHECK (state IN ('granted', 'rejected', 'held')),
                received_at           INTEGER NOT NULL,
                answered_at           INTEGER NULL
            );
            CREATE INDEX ix_figure_prestatie_maand ON figure_prestatie (maand, standard, gemeentecode);
            CREATE INDEX ix_figure_prestatie_declaratie ON figure_prestatie (declaratie_message_id, state);
            CREATE INDEX ix_figure_prestatie_hash_gen ON figure_prestatie (hash_gen);

            -- Why a prestatie was rejected: retourcode and rule short code (or 'backoffice'), a prestatie may have several.
            CREATE TABLE figure_prestatie_reason (
                prestatie_id INTEGER NOT NULL REFERENCES figure_prestatie(id) ON DELETE CASCADE,
                retour_code  TEXT    NOT NULL,
                rule         TEXT    NOT NULL,
                PRIMARY KEY (prestatie_id, retour_code, rule)
            ) WITHOUT ROWID;

            -- The prestaties the ledger kept before figures existed (323s that granted something), as far as they are known:
            -- the reasons of their rejections were not kept, and those whose 323 message is purged have no receipt time.
            INSERT INTO figure_prestatie (declaratie_message_id, standard, gemeentecode, aanbieder, client_hash, hash_gen, referentie_nummer,
                toewijzing_nummer, product_categorie, product_code, periode_begin, periode_einde, maand, geleverd_volume, eenheid, bedrag,
                judged, state, received_at, answered_at)
            SELECT p.message_id, p.standard, p.gemeentecode, p.aanbieder, p.client_hash, p.hash_gen, p.referentie_nummer,
                p.toewijzing_nummer, p.product_categorie, p.product_code, p.periode_begin, p.periode_einde, substr(p.periode_begin, 1, 7),
                p.geleverd_volume, p.eenheid, CASE p.debet_credit WHEN 'C' THEN -p.bedrag ELSE p.bedrag END,
                CASE p.status WHEN 'rejected' THEN 'rejected' ELSE 'granted' END,
                CASE WHEN h.state = 'held' OR p.status = 'submitted' THEN 'held' WHEN p.status = 'rejected' THEN 'rejected' ELSE 'granted' END,
                m.created_at,
                CASE WHEN h.state = 'held' OR p.status = 'submitted' THEN NULL
                    ELSE COALESCE(h.decided_at, (SELECT MIN(a.created_at) FROM message a WHERE a.correlates_to = m.id), m.created_at) END
            FROM ledger_prestatie p
            JOIN message m ON m.id = p.message_id
            LEFT JOIN held_answer h ON h.declaratie_message_id = p.message_id
            ORDER BY p.id;
            """),
        (9, """
            -- Response-time obligations (RelationalObligations): what is owed, by whom (region or provider), between which
            -- gemeente and provider, keyed by the keyed hash of its reference (a ReferentieAanbieder is free text);
            -- since/due are Dutch dates (yyyy-MM-dd), the rest unix ms. closed_at NULL while open; late when closed after
            -- due; approaching_at/overdue_at when each signal was given (once). No message foreign key: retention may purge.
            CREATE TABLE obligation (
                id              INTEGER PRIMARY KEY AUTOINCREMENT,
                kind            TEXT    NOT NULL,
                owner           TEXT    NOT NULL,
                standard        TEXT    NOT NULL,
                gemeentecode    TEXT    NOT NULL,
                aanbieder       TEXT    NOT NULL,
                reference_hash  BLOB    NOT NULL,
                hash_gen        INTEGER NOT NULL,
                opened_by       INTEGER NOT NULL,
                since           TEXT    NOT NULL,
                due             TEXT    NOT NULL,
                opened_at       INTEGER NOT NULL,
                closed_by       INTEGER NULL,
                closed_at       INTEGER NULL,
                late            INTEGER NOT NULL DEFAULT 0,
                approaching_at  INTEGER NULL,
                overdue_at      INTEGER NULL
            );
            CREATE INDEX ix_obligation_key ON obligation (reference_hash, kind);
            CREATE INDEX ix_obligation_hash_gen ON obligation (hash_gen);
            CREATE INDEX ix_obligation_open ON obligation (due) WHERE closed_at IS NULL;
            """),
        (10, """
            -- The hub's freeze as the dispatcher knows it (SqliteMessageStore.Freezes): at most one row. A learned freeze
            -- (since/until/next_probe_at unix ms, answer the hub's masked text) is NULL when none is in force; held_since is
            -- the start of the freeze whose held deliveries are not released yet. A restart reads it back.
            CREATE TABLE hub_freeze (
                id             INTEGER PRIMARY KEY CHECK (id = 1),
                learned_since  INTEGER NULL,
                learned_until  INTEGER NULL,
                next_probe_at  INTEGER NULL,
                answer         TEXT    NULL,
                held_since     INTEGER NULL,
                CHECK ((learned_since IS NULL) = (learned_until IS NULL) AND (learned_since IS NULL) = (answer IS NULL))
            );
            """),
        (11, """
            -- The numbers that tie a toewijzing's life together (ChainReference: ToewijzingNummer, ReferentieAanbieder,
            -- DeclaratieNummer), as keyed hashes (purpose "identifier", KeyedHashColumns.MessageChainHash) so the console can
            -- search by them and draw the life of a toewijzing; kind is the ChainKind's lowercase name. Existing messages are
            -- filled from their payloads where they can still be read (gw_chain_refs: unreadable or purged ones get none).
            CREATE TABLE message_chain_hash (
                id         INTEGER PRIMARY KEY,
                message_id INTEGER NOT NULL REFERENCES message(id) ON DELETE CASCADE,
                kind       TEXT    NOT NULL,
                key_hash   BLOB    NOT NULL,
                hash_gen   INTEGER NOT NULL DEFAULT 0,
                UNIQUE (kind, key_hash, message_id)
            );
            CREATE INDEX ix_message_chain_hash_message ON message_chain_hash (message_id);
            CREATE INDEX ix_message_chain_hash_hash_gen ON message_chain_hash (hash_gen);
            INSERT OR IGNORE INTO message_chain_hash (message_id, kind, key_hash, hash_gen)
            SELECT m.id, json_extract(r.value, '$[0]'), gw_identifier_hash(json_extract(r.value, '$[1]')), 0
            FROM message m, json_each(gw_chain_refs(m.payload_key_id, m.payload)) r
            WHERE m.payload IS NOT NULL AND m.payload_trimmed = 0;

            -- Failure groups and bulk actions read the dead letters by state.
            CREATE INDEX ix_delivery_state_id ON delivery (state, id);
            """),
        (12, """
            -- Sweeps that run in one instance at a time (RelationalClusterLeases): a row per sweep, held by owner (a
            -- DeliveryOptions.LeaseOwner) until held_until (unix ms), renewed while the sweep runs, taken over by any
            -- instance once it expired. On SQLite the file's instance lock already makes the one process the only holder.
            CREATE TABLE cluster_lease (
                name       TEXT    PRIMARY KEY,
                owner      TEXT    NOT NULL,
                held_until INTEGER NOT NULL,
                taken_at   INTEGER NOT NULL
            );
            -- Each run of a leased sweep: which instance ran it, when, and how it ended (outcome NULL while running, or
            -- for a run whose process died: it ended by held_until at the latest). Kept a day (ClusterSweep.RunHistory).
            CREATE TABLE cluster_sweep_run (
                id          INTEGER PRIMARY KEY,
                name        TEXT    NOT NULL,
                owner       TEXT    NOT NULL,
                started_at  INTEGER NOT NULL,
                held_until  INTEGER NOT NULL,
                finished_at INTEGER NULL,
                outcome     TEXT    NULL
            );
            CREATE INDEX ix_cluster_sweep_run_name ON cluster_sweep_run (name, started_at);
            """),
        (13, """
            -- The gauges' tally as append-only delta rows: each row change adds a +1 or -1 row instead of updating the one
            -- row of its label set, so writers never update a shared row (on PostgreSQL they queued on its lock, and now
            -- and then deadlocked). The gauges read sums the rows of a kind through the covering index; the store folds
            -- the rows into one per label set now and then (RelationalMessageStore.CompactTallyAsync), keeping it small.
            CREATE TABLE store_tally_delta (
                id   INTEGER PRIMARY KEY,
                kind TEXT    NOT NULL,
                k1   TEXT    NOT NULL,
                k2   TEXT    NOT NULL DEFAULT '',
                n    INTEGER NOT NULL
            );
            CREATE INDEX ix_store_tally_delta ON store_tally_delta (kind, k1, k2, n);
            INSERT INTO store_tally_delta (kind, k1, k2, n) SELECT kind, k1, k2, n FROM store_tally;

            DROP TRIGGER tally_delivery_insert;
            DROP TRIGGER tally_delivery_delete;
            DROP TRIGGER tally_delivery_update;
            DROP TRIGGER tally_message_insert;
            DROP TRIGGER tally_message_delete;
            DROP TRIGGER tally_message_update;
            DROP TRIGGER tally_retour_code_insert;
            DROP TRIGGER tally_retour_code_delete;
            DROP TABLE store_tally;

            CREATE TRIGGER tally_delivery_insert AFTER INSERT ON delivery BEGIN
                INSERT INTO store_tally_delta (kind, k1, k2, n) VALUES ('delivery', NEW.state, NEW.destination, 1);
            END;
            CREATE TRIGGER tally_delivery_delete AFTER DELETE ON delivery BEGIN
                INSERT INTO store_tally_delta (kind, k1, k2, n) VALUES ('delivery', OLD.state, OLD.destination, -1);
            END;
            CREATE TRIGGER tally_delivery_update AFTER UPDATE OF state, destination ON delivery
                WHEN OLD.state IS NOT NEW.state OR OLD.destination IS NOT NEW.destination BEGIN
                INSERT INTO store_tally_delta (kind, k1, k2, n) VALUES ('delivery', OLD.state, OLD.destination, -1), ('delivery', NEW.state, NEW.destination, 1);
            END;
            CREATE TRIGGER tally_message_insert AFTER INSERT ON message BEGIN
                INSERT INTO store_tally_delta (kind, k1, k2, n) VALUES ('message', NEW.state, '', 1);
            END;
            CREATE TRIGGER tally_message_delete AFTER DELETE ON message BEGIN
                INSERT INTO store_tally_delta (kind, k1, k2, n) VALUES ('message', OLD.state, '', -1);
            END;
            CREATE TRIGGER tally_message_update AFTER UPDATE OF state ON message WHEN OLD.state IS NOT NEW.state BEGIN
                INSERT INTO store_tally_delta (kind, k1, k2, n) VALUES ('message', OLD.state, '', -1), ('message', NEW.state, '', 1);
            END;
            CREATE TRIGGER tally_retour_code_insert AFTER INSERT ON message_retour_code BEGIN
                INSERT INTO store_tally_delta (kind, k1, k2, n) VALUES ('retour_code', NEW.retour_code, '', 1);
            END;
            CREATE TRIGGER tally_retour_code_delete AFTER DELETE ON message_retour_code BEGIN
                INSERT INTO store_tally_delta (kind, k1, k2, n) VALUES ('retour_code', OLD.retour_code, '', -1);
            END;
            """),
    ];

    /// <summary>The first version that needs the gw_ functions (<see cref="SqliteMigrationFunctions"/>) and wipes plain text.</summary>
    public const int PrivacyVersion = 5;

    /// <summary>The version the code expects.</summary>
    public static int LatestVersion => All[^1].Version;

    /// <summary>
    /// Applies the missing migrations inside one immediate transaction; safe to run concurrently and repeatedly. The
    /// connection must have the gw_ functions (<see cref="SqliteMigrationFunctions.Register"/>) and secure_delete on.
    /// </summary>
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
        if (current < PrivacyVersion)
        {
            // Move the converted pages into the file and empty the WAL, so no earlier plain text lingers in either.
            using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            checkpoint.ExecuteNonQuery();
        }

        return LatestVersion;
    }
}
