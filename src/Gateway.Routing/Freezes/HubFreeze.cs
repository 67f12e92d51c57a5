namespace Gateway.Routing.Freezes;

/// <summary>The freeze in force: deliveries to the hub are held from <see cref="Since"/> until it ends.</summary>
/// <param name="Source">Configured window or learned from IB103.</param>
/// <param name="Since">Start of the window, or the first IB103.</param>
/// <param name="Until">End of the window, or the latest end of a learned freeze (a probe may end it earlier).</param>
/// <param name="NextProbeAt">When the next probe goes out (learned freezes only).</param>
/// <param name="Name">The window's name, or the hub's answer.</param>
public sealed record HubFreeze(FreezeSource Source, DateTimeOffset Since, DateTimeOffset Until, DateTimeOffset? NextProbeAt, string Name);
