using Gateway.Routing.Store;

namespace Gateway.Routing.Pipeline;

/// <summary>A message as the hub delivered it: the payload and the envelope it came in.</summary>
public sealed record InboundMessage(byte[] Payload, EnvelopeReference Envelope)
{
    /// <summary>The sender identity the Host resolved for the envelope; when set, the payload's sending party must be in it.</summary>
    public SenderScope? Sender { get; init; }
}
