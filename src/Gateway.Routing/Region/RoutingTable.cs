using System.Globalization;
using Gateway.Routing.Store;

namespace Gateway.Routing.Region;

/// <summary>Which gemeentecodes belong to the region, where their back offices are, and which providers are known.</summary>
public sealed class RoutingTable
{
    private readonly Dictionary<string, GemeenteRoute> _gemeenten;
    private readonly HashSet<string> _providers;

    /// <summary>Builds the table; throws with a message an operator can act on when the region is misconfigured.</summary>
    public RoutingTable(RegionRoutes options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Gemeenten.Count == 0)
        {
            throw new ArgumentException("Region:Gemeenten is empty; configure at least one gemeente with its Code, Name and BackOffice.", nameof(options));
        }

        _gemeenten = new Dictionary<string, GemeenteRoute>(StringComparer.Ordinal);
        foreach (var gemeente in options.Gemeenten)
        {
            Check(gemeente);
            if (!_gemeenten.TryAdd(gemeente.Code, gemeente))
            {
                throw new ArgumentException($"Region:Gemeenten lists gemeentecode {gemeente.Code} twice.", nameof(options));
            }
        }

        foreach (var agb in options.KnownProviders.Where(a => a.Length != 8 || !a.All(char.IsAsciiDigit)))
        {
            throw new ArgumentException($"Region:KnownProviders holds '{agb}', which is not an 8-digit AGB code.", nameof(options));
        }

        _providers = new HashSet<string>(options.KnownProviders, StringComparer.Ordinal);
    }

    /// <summary>The gemeenten of the region, by code.</summary>
    public IReadOnlyCollection<GemeenteRoute> Gemeenten => _gemeenten.Values;

    /// <summary>The gemeente with this code, or null when it is not in the region.</summary>
    public GemeenteRoute? Find(string gemeentecode) => _gemeenten.GetValueOrDefault(gemeentecode);

    /// <summary>The delivery destination of the back office of this gemeentecode.</summary>
    public static DeliveryDestination BackOfficeOf(string gemeentecode) => DeliveryDestination.BackOffice(gemeentecode);

    /// <summary>Null when the gemeentecode and AGB code may exchange messages through this gateway; otherwise why not.</summary>
    public string? Problem(string gemeentecode, string agb)
    {
        if (!_gemeenten.ContainsKey(gemeentecode))
        {
            return string.Create(CultureInfo.InvariantCulture, $"Gemeentecode {gemeentecode} is not a gemeente of this region (known: {string.Join(", ", _gemeenten.Keys.Order(StringComparer.Ordinal))}).");
        }

        return ProviderProblem(agb);
    }

    /// <summary>Null when the AGB code may exchange messages through this gateway (any provider when none are configured); otherwise why not.</summary>
    public string? ProviderProblem(string agb) =>
        _providers.Count > 0 && !_providers.Contains(agb)
            ? $"AGB code {agb} is not a known provider of this region; add it to Region:KnownProviders if it is."
            : null;

    private static void Check(GemeenteRoute gemeente)
    {
        if (gemeente.Code.Length != 4 || !gemeente.Code.All(char.IsAsciiDigit))
        {
            throw new ArgumentException($"Region:Gemeenten holds code '{gemeente.Code}'; a gemeentecode has four digits, e.g. 0344.");
        }

        var backOffice = gemeente.BackOffice;
        if (backOffice.Kind == BackOfficeKind.Http && backOffice.Endpoint is null)
        {
            throw new ArgumentException($"Gemeente {gemeente.Code}: BackOffice:Kind is Http but BackOffice:Endpoint is missing.");
        }

        if (backOffice.Kind == BackOfficeKind.Directory && (string.IsNullOrWhiteSpace(backOffice.InboxPath) || string.IsNullOrWhiteSpace(backOffice.OutboxPath)))
        {
            throw new ArgumentException($"Gemeente {gemeente.Code}: BackOffice:Kind is Directory; set both BackOffice:InboxPath and BackOffice:OutboxPath.");
        }
    }
}
