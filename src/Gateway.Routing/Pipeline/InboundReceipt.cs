namespace Gateway.Routing.Pipeline;

/// <summary>The result the endpoint needs before it acknowledges (Bv03): everything is durable when this returns.</summary>
public sealed record InboundReceipt(
    long MessageId,
    InboundDisposition Disposition,
    long? AnswerMessageId,
    long? CorrelatedToMessageId,
    TransportRefusal? Refusal,
    IReadOnlyList<string> RetourCodes);
