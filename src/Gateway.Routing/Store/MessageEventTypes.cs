namespace Gateway.Routing.Store;

/// <summary>Event types (past tense). The store writes the ones marked "store"; callers may use any other name too.</summary>
public static class MessageEventTypes
{
    /// <summary>An inbound message was recorded.</summary>
    public const string MessageReceived = nameof(MessageReceived);

    /// <summary>An outbound message was handed in by a back office.</summary>
    public const string MessageSubmitted = nameof(MessageSubmitted);

    /// <summary>A message was refused (level 1 inbound, or invalid outbound).</summary>
    public const string MessageRejected = nameof(MessageRejected);

    /// <summary>A message was accepted.</summary>
    public const string MessageAccepted = nameof(MessageAccepted);

    /// <summary>An answer (retour, 325, Fo01) was built and queued.</summary>
    public const string AnswerQueued = nameof(AnswerQueued);

    /// <summary>A copy of a message already seen arrived; the stored answer was re-queued.</summary>
    public const string DuplicateReceived = nameof(DuplicateReceived);

    /// <summary>A retour or 325 was correlated to this (heen) message.</summary>
    public const string MessageAnswered = nameof(MessageAnswered);

    /// <summary>Store: a delivery was enqueued (detail: destination).</summary>
    public const string DeliveryQueued = nameof(DeliveryQueued);

    /// <summary>Store: a delivery succeeded (detail: destination, attempt).</summary>
    public const string MessageDelivered = nameof(MessageDelivered);

    /// <summary>Store: an attempt failed and a retry was scheduled.</summary>
    public const string DeliveryFailed = nameof(DeliveryFailed);

    /// <summary>Store: a lease expired and the delivery went back to pending.</summary>
    public const string LeaseExpired = nameof(LeaseExpired);

    /// <summary>Store: the gateway started and took back a delivery its previous (dead) run still held (detail: destination, attempt, owner).</summary>
    public const string LeaseReleasedAtStart = nameof(LeaseReleasedAtStart);

    /// <summary>Store: the gateway stopped cleanly and gave back a delivery it held mid-attempt, for another instance to send now (detail: destination, attempt, owner).</summary>
    public const string LeaseReleasedAtStop = nameof(LeaseReleasedAtStop);

    /// <summary>Store: a claimed delivery was given back unattempted (the gateway stopped, or its lease was nearly over when its turn came); the attempt not counted.</summary>
    public const string DeliveryGivenBack = nameof(DeliveryGivenBack);

    /// <summary>Store: a delivery was parked (permanent failure or horizon passed).</summary>
    public const string MessageDeadLettered = nameof(MessageDeadLettered);

    /// <summary>Store: an attempt met a release freeze (IB103) and was given back; the delivery waits for the freeze to end.</summary>
    public const string DeliveryHeld = nameof(DeliveryHeld);

    /// <summary>Store: a release freeze ended; the held delivery is due again with its horizon moved on by the frozen time.</summary>
    public const string DeliveryReleased = nameof(DeliveryReleased);

    /// <summary>Store: an operator put a dead-lettered delivery back to pending.</summary>
    public const string MessageReplayed = nameof(MessageReplayed);

    /// <summary>Store: an operator purged a dead-lettered delivery.</summary>
    public const string DeliveryPurged = nameof(DeliveryPurged);

    /// <summary>Store: an operator viewed the decrypted payload.</summary>
    public const string MessageViewed = nameof(MessageViewed);

    /// <summary>Store: the retention sweep deleted the payload.</summary>
    public const string PayloadPurged = nameof(PayloadPurged);

    /// <summary>Store: the retention sweep cut a refused payload down to its first bytes (detail: size and content hash).</summary>
    public const string PayloadTrimmed = nameof(PayloadTrimmed);

    /// <summary>Another message with other content came in this message's envelope (zender, referentienummer); it was refused (IB216), not acknowledged.</summary>
    public const string EnvelopeReused = nameof(EnvelopeReused);

    /// <summary>A granted amount took a ceiling's usage to or past one of its thresholds (detail: ceiling id, percent, usage; never a BSN).</summary>
    public const string CeilingThresholdReached = nameof(CeilingThresholdReached);

    /// <summary>A built 325 was held for a back-office decision (detail: the reason and the 10-working-day deadline).</summary>
    public const string AnswerHeld = nameof(AnswerHeld);

    /// <summary>A held 325 was released as built (actor: who decided).</summary>
    public const string AnswerReleased = nameof(AnswerReleased);

    /// <summary>A held 325 was replaced by the back office's own 325 (actor: who decided).</summary>
    public const string AnswerReplaced = nameof(AnswerReplaced);

    /// <summary>
    /// A sender was refused: an unknown envelope zender, a client certificate that does not match it, a payload party
    /// outside its sender map, or an Fo01 from an identity that is not the hub (detail: the reason; never a BSN).
    /// </summary>
    public const string SenderRefused = nameof(SenderRefused);

    /// <summary>A level-3/4 rule rejected a class (detail: rule code and retourcode, e.g. "CT01 S329"), for summaries per rule.</summary>
    public const string RuleRejected = nameof(RuleRejected);

    /// <summary>Store: the hub refused a delivery for good with an Fo01; parked as refused by the hub, never retried (detail: destination, attempt, reason).</summary>
    public const string DeliveryRefused = nameof(DeliveryRefused);

    /// <summary>The hub refused this message for good with an Fo01 (detail: the code, its meaning, the hub's text and the notice to the back office).</summary>
    public const string HubRefused = nameof(HubRefused);

    /// <summary>A notice was stored for a back office: the hub refused a message of its gemeente (detail: which message and code).</summary>
    public const string HubRefusalNoticed = nameof(HubRefusalNoticed);
}
