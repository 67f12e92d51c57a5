using System.Globalization;
using Gateway.Routing.Delivery;
using Microsoft.Extensions.Configuration;

namespace Gateway.Host.Cluster;

/// <summary>
/// Who this process is to the other instances: with <see cref="ClusterOptions.InstanceName"/> set, every lease it takes
/// (deliveries and sweeps) is owned by "name#run", so a restart of the same instance recognises its earlier runs' leases.
/// </summary>
internal static class InstanceIdentity
{
    private const string InstanceNameKey = ClusterOptions.SectionName + ":" + nameof(ClusterOptions.InstanceName);
    private const string LeaseOwnerKey = DeliveryOptions.SectionName + ":" + nameof(DeliveryOptions.LeaseOwner);

    /// <summary>Sets the lease owner of this run from the instance name, when one is configured.</summary>
    public static void Apply(IConfigurationBuilder builder, IConfiguration configuration)
    {
        if (configuration[InstanceNameKey] is { Length: > 0 } name)
        {
            var run = Guid.NewGuid().ToString("N")[..8];
            builder.AddInMemoryCollection(new Dictionary<string, string?>
            {
                [LeaseOwnerKey] = string.Create(CultureInfo.InvariantCulture, $"{ClusterOptions.OwnerPrefix(name)}{run}"),
            });
        }
    }
}
