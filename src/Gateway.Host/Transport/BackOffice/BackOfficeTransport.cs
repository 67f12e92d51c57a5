using Gateway.Host.Region;
using Gateway.Routing.Delivery;
using Gateway.Routing.Region;
using Gateway.Routing.Store;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Transport.BackOffice;

/// <summary>Delivers to the back office of a gemeentecode, over HTTP or into its inbox directory, as the region says.</summary>
internal sealed class BackOfficeTransport(IOptions<RegionOptions> region, BackOfficeHttpSender http) : IDeliveryTransport
{
    public bool Handles(DeliveryDestination destination) => destination.Gemeentecode is not null;

    public async Task<DeliveryResult> SendAsync(ClaimedDelivery delivery, CancellationToken cancellationToken)
    {
        var code = delivery.Delivery.Destination.Gemeentecode!;
        var gemeente = region.Value.Gemeenten.FirstOrDefault(g => g.Code == code);
        if (gemeente is null)
        {
            return DeliveryResult.Failed(DeliveryFailure.Permanent($"Gemeentecode {code} has no back office in Gateway:Region:Gemeenten."));
        }

        var result = gemeente.BackOffice.Kind == BackOfficeKind.Directory
            ? BackOfficeDirectoryWriter.Write(gemeente.BackOffice, delivery.Message, delivery.Payload)
            : await http.SendAsync(gemeente.BackOffice, delivery.Message, delivery.Payload, cancellationToken);
        return result.IsDelivered
            ? DeliveryResult.Success(gemeente.BackOffice.Kind == BackOfficeKind.Directory ? "written to the inbox" : "accepted over HTTP")
            : DeliveryResult.Failed(new DeliveryFailure(result.FailureKind!.Value, result.Reason!));
    }
}
