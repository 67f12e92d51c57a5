using Gateway.Messages.Standards;

namespace Gateway.Routing.Store;

/// <summary>A message to record; the store encrypts the payload and keeps only keyed hashes of the BSNs.</summary>
public sealed record NewMessage
{
    /// <summary>Inbound or outbound.</summary>
    public required MessageDirection Direction { get; init; }

    /// <summary>Heen, retour, 325 or transport error.</summary>
    public required MessageKind Kind { get; init; }

    /// <summary>Initial state (usually <see cref="MessageState.Received"/> or <see cref="MessageState.Submitted"/>).</summary>
    public required MessageState State { get; init; }

    /// <summary>The plain payload bytes (the iStandaarden document, or the Fo01 body); encrypted at rest.</summary>
    public required ReadOnlyMemory<byte> Payload { get; init; }

    /// <summary>Standard; null when the document could not be classified.</summary>
    public Standard? Standard { get; init; }

    /// <summary>Message code; null when not classified.</summary>
    public MessageCode? Code { get; init; }

    /// <summary>Release, e.g. "3.2"; null when not classified.</summary>
    public string? Release { get; init; }

    /// <summary>Header Afzender (gemeentecode or AGB).</summary>
    public string? Afzender { get; init; }

    /// <summary>Header Ontvanger.</summary>
    public string? Ontvanger { get; init; }

    /// <summary>Header Identificatie (IdentificatieRetour for retours).</summary>
    public string? Identificatie { get; init; }

    /// <summary>Dedup key, unique in the store; null for documents without one (Fo01, unreadable input).</summary>
    public DedupKey? DedupKey { get; init; }

    /// <summary>Envelope identity; (zender, referentienummer) is unique in the store.</summary>
    public EnvelopeReference? Envelope { get; init; }

    /// <summary>Internal id of the message this one answers (a retour, 325 or Fo01 → its heen-bericht).</summary>
    public long? CorrelatesTo { get; init; }

    /// <summary>The gemeentecode the message belongs to (routing and operator scoping).</summary>
    public string? Gemeentecode { get; init; }

    /// <summary>BSNs the document carries, in plain; the store keeps only HMAC hashes.</summary>
    public IReadOnlyCollection<string> Bsns { get; init; } = [];

    /// <summary>Retourcodes of the outcome (e.g. "0200", "0001", "8001"); empty when not decided yet.</summary>
    public IReadOnlyList<string> RetourCodes { get; init; } = [];

    /// <summary>Chain keys that tie messages of one toewijzing together (e.g. "ijw:0363:toewijzing:12345"); never a BSN.</summary>
    public IReadOnlyCollection<string> ChainKeys { get; init; } = [];

    /// <summary>Numbers that tie the message into a toewijzing's life (ToewijzingNummer, ReferentieAanbieder, DeclaratieNummer); the store keeps only keyed hashes.</summary>
    public IReadOnlyCollection<ChainReference> ChainReferences { get; init; } = [];

    /// <summary>
    /// Refused at transport level (level 1, routing) or for sending: after <see cref="RetentionPolicy.RefusedPayloadAge"/>
    /// the store keeps only the first bytes, the content hash, the size and the reason.
    /// </summary>
    public bool Refused { get; init; }

    /// <summary>
    /// Store only the first <see cref="RetentionPolicy.RefusedPayloadPrefix"/> bytes at once (hash and size stay those of
    /// the whole payload): for what an unknown or unauthorised sender posted, which no operator needs in full and which
    /// must not let an outsider fill the disk.
    /// </summary>
    public bool KeepOnlyPrefix { get; init; }

    /// <summary>The payload's <see cref="Store.ContentHash"/> when the caller has it already; otherwise the store computes it.</summary>
    public string? ContentHash { get; init; }

    /// <summary>Event type written with the insert; <see cref="MessageEventTypes.MessageReceived"/> by default.</summary>
    public string EventType { get; init; } = MessageEventTypes.MessageReceived;

    /// <summary>Event detail written with the insert (no BSN).</summary>
    public string? EventDetail { get; init; }
}
