using Gateway.Messages.Envelopes.Ggk;
using Gateway.Routing.Delivery;

namespace Gateway.Host.Transport.Ggk;

/// <summary>Sends one Di01, Du01 or Fo01 to the GGk and classifies the reply.</summary>
public interface IGgkClient
{
    /// <summary>One attempt (no long retries: redelivery is the gateway's durable schedule).</summary>
    Task<DeliveryResult> SendAsync(GgkMessage message, CancellationToken cancellationToken);
}
