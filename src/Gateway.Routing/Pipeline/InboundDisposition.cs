namespace Gateway.Routing.Pipeline;

/// <summary>What happened to an inbound message.</summary>
public enum InboundDisposition
{
    /// <summary>Accepted: answered and routed to the back office.</summary>
    Accepted,

    /// <summary>Rejected on level 2, 3 or 4: answered with the retourcodes, not routed.</summary>
    Rejected,

    /// <summary>Refused at transport level (level 1 or routing): stored, Fo01 queued, no retour.</summary>
    Refused,

    /// <summary>A retour from a provider: recorded, correlated when possible, routed.</summary>
    AnswerReceived,

    /// <summary>Seen before: no second effect; the stored answer is queued again.</summary>
    Duplicate,

    /// <summary>
    /// Other content in the envelope (zender, referentienummer) of a stored message: refused as the hub does (IB216,
    /// "zender + referentienummer niet uniek"), not recorded and never acknowledged; the receipt names the stored message.
    /// </summary>
    EnvelopeReused,
}
