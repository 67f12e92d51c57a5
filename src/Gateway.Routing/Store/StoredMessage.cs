using Gateway.Messages.Standards;

namespace Gateway.Routing.Store;

/// <summary>A stored message without its payload (see <see cref="IMessageStore.ViewMessageAsync"/> for the bytes).</summary>
public sealed record StoredMessage
{
    /// <summary>Internal id.</summary>
    public required long Id { get; init; }

    /// <summary>Inbound or outbound.</summary>
    public required MessageDirection Direction { get; init; }

    /// <summary>Heen, retour, 325 or transport error.</summary>
    public required MessageKind Kind { get; init; }

    /// <summary>Current state.</summary>
    public required MessageState State { get; init; }

    /// <summary>Standard; null when not classified.</summary>
    public Standard? Standard { get; init; }

    /// <summary>Message code; null when not classified.</summary>
    public MessageCode? Code { get; init; }

    /// <summary>Release; null when not classified.</summary>
    public string? Release { get; init; }

    /// <summary>Header Afzender.</summary>
    public string? Afzender { get; init; }

    /// <summary>Header Ontvanger.</summary>
    public string? Ontvanger { get; init; }

    /// <summary>Header Identificatie as an operator may see it: anything BSN-like masked (the store keeps no more).</summary>
    public string? Identificatie { get; init; }

    /// <summary>Dedup key text (<see cref="Store.DedupKey.Value"/>) with anything BSN-like masked, or null; lookups go by keyed hash.</summary>
    public string? DedupKey { get; init; }

    /// <summary>Envelope identity, exact, for the gateway's own use (re-sending, crossRefnummer); never show it: see <see cref="ShownEnvelope"/>.</summary>
    public EnvelopeReference? Envelope { get; init; }

    /// <summary>The envelope as an operator may see it: anything BSN-like masked.</summary>
    public EnvelopeReference? ShownEnvelope { get; init; }

    /// <summary>Id of the message this one answers, or null.</summary>
    public long? CorrelatesTo { get; init; }

    /// <summary>The gemeentecode the message belongs to.</summary>
    public string? Gemeentecode { get; init; }

    /// <summary>Retourcodes of the outcome.</summary>
    public IReadOnlyList<string> RetourCodes { get; init; } = [];

    /// <summary>False once the retention sweep deleted the payload.</summary>
    public bool HasPayload { get; init; }

    /// <summary>The <see cref="Store.ContentHash"/> of the payload as received; kept after the bytes are deleted; null for rows from before it was kept.</summary>
    public string? ContentHash { get; init; }

    /// <summary>Size of the payload as received, in bytes; null for rows from before it was kept.</summary>
    public long? PayloadSize { get; init; }

    /// <summary>True once the retention sweep cut a refused payload down to its first bytes (<see cref="RetentionPolicy.RefusedPayloadPrefix"/>).</summary>
    public bool PayloadTrimmed { get; init; }

    /// <summary>When the message was recorded.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When its state last changed.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }
}
