namespace Gateway.Storage.Protection;

/// <summary>
/// The one list of every column that holds a keyed hash: the hash-key rotation sweep walks exactly these, and a test
/// checks the schema has no other. The store builds its lookups from these entries. Every table here has one
/// <see cref="GenerationColumn"/>: all keyed hashes of a row are in the same key generation and move together, so a
/// pair such as the envelope (zender, referentienummer) is always matched within one generation. A new keyed-hash
/// column is one entry here; a new table with one also needs its <c>hash_gen INTEGER NOT NULL DEFAULT 0</c> column
/// (with an index) in a migration, and is written with <see cref="BsnHasher"/> and its current generation.
/// </summary>
public static class KeyedHashColumns
{
    /// <summary>The column, in every table with keyed hashes, that holds the key generation of the row's hashes.</summary>
    public const string GenerationColumn = "hash_gen";

    /// <summary>BSNs of a message (FindByBsn).</summary>
    public static readonly KeyedHashColumn MessageBsn = new("message_bsn", "bsn_hash", KeyedHashPurpose.Bsn, "each BSN the document carries", RowKey: "message_id");

    /// <summary>The dedup key of a message (unique).</summary>
    public static readonly KeyedHashColumn DedupKey = new("message", "dedup_key_hash", KeyedHashPurpose.Identifier, "DedupKey.Value: standard|code|Afzender|Identificatie");

    /// <summary>The envelope zender (unique together with the referentienummer).</summary>
    public static readonly KeyedHashColumn EnvelopeZender = new("message", "env_zender_hash", KeyedHashPurpose.Identifier, "envelope zender organisation");

    /// <summary>The envelope referentienummer (unique together with the zender).</summary>
    public static readonly KeyedHashColumn EnvelopeReferentienummer = new("message", "env_referentienummer_hash", KeyedHashPurpose.Identifier, "envelope referentienummer");

    /// <summary>The client of a toewijzing in the ledger.</summary>
    public static readonly KeyedHashColumn ToewijzingClient = new("ledger_toewijzing", "client_hash", KeyedHashPurpose.Bsn, "Client BSN");

    /// <summary>The request a toewijzing honours.</summary>
    public static readonly KeyedHashColumn ToewijzingReferentie = new("ledger_toewijzing", "referentie_aanbieder_hash", KeyedHashPurpose.Identifier, "ReferentieAanbieder");

    /// <summary>The client of a start.</summary>
    public static readonly KeyedHashColumn StartClient = new("ledger_start", "client_hash", KeyedHashPurpose.Bsn, "Client BSN");

    /// <summary>The client of a stop.</summary>
    public static readonly KeyedHashColumn StopClient = new("ledger_stop", "client_hash", KeyedHashPurpose.Bsn, "Client BSN");

    /// <summary>The client of a request.</summary>
    public static readonly KeyedHashColumn VerzoekClient = new("ledger_verzoek", "client_hash", KeyedHashPurpose.Bsn, "Client BSN");

    /// <summary>A request's reference (unique per standard and provider).</summary>
    public static readonly KeyedHashColumn VerzoekReferentie = new("ledger_verzoek", "referentie_aanbieder_hash", KeyedHashPurpose.Identifier, "ReferentieAanbieder");

    /// <summary>The request a 319 answers.</summary>
    public static readonly KeyedHashColumn AntwoordReferentie = new("ledger_antwoord", "referentie_aanbieder_hash", KeyedHashPurpose.Identifier, "ReferentieAanbieder");

    /// <summary>The client of a declared prestatie.</summary>
    public static readonly KeyedHashColumn PrestatieClient = new("ledger_prestatie", "client_hash", KeyedHashPurpose.Bsn, "Client BSN");

    /// <summary>The client of a judged prestatie in the figures.</summary>
    public static readonly KeyedHashColumn FigurePrestatieClient = new("figure_prestatie", "client_hash", KeyedHashPurpose.Bsn, "Client BSN");

    /// <summary>What closes an obligation (a ReferentieAanbieder is free text a provider writes).</summary>
    public static readonly KeyedHashColumn ObligationReference = new("obligation", "reference_hash", KeyedHashPurpose.Identifier, "ReferentieAanbieder, start/stop key or internal message id");

    /// <summary>The numbers that tie a message into a toewijzing's life (<see cref="Gateway.Routing.Store.ChainReference"/>), one row per number.</summary>
    public static readonly KeyedHashColumn MessageChainHash = new("message_chain_hash", "key_hash", KeyedHashPurpose.Identifier, "ToewijzingNummer, ReferentieAanbieder or DeclaratieNummer (kind column)");

    /// <summary>Every keyed-hash column.</summary>
    public static readonly IReadOnlyList<KeyedHashColumn> All =
    [
        MessageBsn, DedupKey, EnvelopeZender, EnvelopeReferentienummer,
        ToewijzingClient, ToewijzingReferentie, StartClient, StopClient, VerzoekClient, VerzoekReferentie, AntwoordReferentie, PrestatieClient,
        FigurePrestatieClient, ObligationReference, MessageChainHash,
    ];
}
