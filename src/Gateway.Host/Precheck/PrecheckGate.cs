using Microsoft.Extensions.Options;

namespace Gateway.Host.Precheck;

/// <summary>
/// At most <see cref="PrecheckOptions.MaxConcurrentRequests"/> pre-checks at once. It never waits: a pre-check that
/// does not fit is refused at once (503), so pre-checks never line up in front of the store's one writer.
/// </summary>
internal sealed class PrecheckGate(IOptions<PrecheckOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentRequests, options.Value.MaxConcurrentRequests);

    /// <summary>True when a slot was taken; give it back with <see cref="Leave"/>.</summary>
    public bool TryEnter() => _slots.Wait(0);

    public void Leave() => _slots.Release();

    public void Dispose() => _slots.Dispose();
}
