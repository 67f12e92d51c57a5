namespace Gateway.Routing.Store;

/// <summary>Where a message is in its lifecycle (architecture §4); deliveries carry the transport details.</summary>
public enum MessageState
{
    /// <summary>Inbound: bytes durable and dedup key recorded, not yet decided.</summary>
    Received,

    /// <summary>Refused: level-1 rejection of an inbound message, or an invalid outbound message that is never sent.</summary>
    Rejected,

    /// <summary>Inbound: checked and applied (answered with retourcode 0200 or a 325 without rejections); to be routed.</summary>
    Accepted,

    /// <summary>Inbound: handed to its back office (the back-office delivery completed).</summary>
    Routed,

    /// <summary>Outbound: handed in by a back office, not yet validated.</summary>
    Submitted,

    /// <summary>Outbound: valid (or built by us) and waiting in the delivery queue.</summary>
    Queued,

    /// <summary>Outbound: the hub acknowledged it (Bv03).</summary>
    Sent,

    /// <summary>Outbound heen-bericht: its retour (or 325) arrived and was correlated.</summary>
    Answered,

    /// <summary>Outbound 325: built and stored, held for a back-office decision; not queued.</summary>
    Held,

    /// <summary>Outbound 325: was held and is dropped because the back office's own 325 was sent instead; never sent.</summary>
    Replaced,

    /// <summary>Outbound: the hub refused it for good with an Fo01 (the code explained in its HubRefused event); its back office was told.</summary>
    RefusedByHub,
}
