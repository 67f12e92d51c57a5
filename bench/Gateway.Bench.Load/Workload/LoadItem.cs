namespace Gateway.Bench.Load.Workload;

/// <summary>The two ways a message enters the gateway.</summary>
internal enum Route
{
    /// <summary>A provider's heen-bericht from the hub: a Di01 envelope POSTed to <c>/ggk</c>, answered Bv03 after the commit.</summary>
    Ggk,

    /// <summary>A back office's 301 POSTed to <c>/api/backoffice/{gemeentecode}/messages</c>, answered 202 after the commit.</summary>
    BackOffice,
}

/// <summary>
/// One pre-built request: its route, the bytes to post (unique BerichtIdentificatie, envelope referentienummer and BSN),
/// and what the workload learns when it was acknowledged (a 301 makes toewijzingen a provider can start, change and declare).
/// </summary>
internal sealed record LoadItem(Route Route, string Kind, byte[] Body, string? Gemeente, string? SoapAction, Action? OnAcknowledged = null);
