using Gateway.Routing.Reference;

namespace Gateway.Routing.Contracts;

/// <summary>The reload state of the region's configured files, for operators (health, summary).</summary>
public sealed class ContractsStatus(IReadOnlyList<Func<ReloadStatus>> sources)
{
    /// <summary>One status per configured source; a stale one has a LastError and runs on its previous version.</summary>
    public IReadOnlyList<ReloadStatus> Sources => [.. sources.Select(status => status())];
}
