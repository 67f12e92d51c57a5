using Gateway.Messages.Envelopes.Ggk;
using Gateway.Routing.Delivery;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Store;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Transport.Ggk;

/// <summary>
/// Delivers to the hub: wraps the stored document in its Di01/Du01 (or the stored refusal in an Fo01) with the
/// envelope identity fixed when it was queued, so every retry carries the same referentienummer.
/// </summary>
internal sealed class HubDeliveryTransport(IGgkClient client, PipelineOptions pipeline, IOptions<GgkEndpointOptions> endpoint, TimeProvider time) : IDeliveryTransport
{
    public bool Handles(DeliveryDestination destination) => destination.IsHub;

    public Task<DeliveryResult> SendAsync(ClaimedDelivery delivery, CancellationToken cancellationToken)
    {
        var message = delivery.Message;
        var us = new GgkParty(message.Envelope?.Zender ?? pipeline.EnvelopeZender, endpoint.Value.Applicatie);
        var referentienummer = message.Envelope?.Referentienummer ?? GgkReferentienummer.New();
        GgkMessage envelope;
        if (message.Kind == MessageKind.TransportError)
        {
            var refusal = TransportRefusal.FromBytes(delivery.Payload);
            var stuurgegevens = new GgkStuurgegevens(
                GgkBerichtcode.Fo01,
                us,
                new GgkParty(message.Ontvanger ?? GgkNames.HubApplicatie, GgkNames.HubApplicatie),
                referentienummer,
                GgkTijdstip.FromInstant(time.GetUtcNow()),
                refusal.CrossRefnummer ?? message.Envelope?.CrossRefnummer);
            envelope = new GgkFoutbericht(stuurgegevens, refusal.Code, "client", refusal.Omschrijving);
        }
        else if (message.Standard is { } standard && message.Code is { } code)
        {
            envelope = GgkEnvelope.Create(
                standard,
                code,
                delivery.Payload,
                us,
                message.Ontvanger ?? GgkNames.HubApplicatie,
                time.GetUtcNow(),
                crossRefnummer: message.Envelope?.CrossRefnummer,
                referentienummer: referentienummer);
        }
        else
        {
            return Task.FromResult(DeliveryResult.Failed(DeliveryFailure.Permanent($"Message {message.Id} has no standard and message code; it cannot be wrapped for the hub.")));
        }

        return client.SendAsync(envelope, cancellationToken);
    }
}
