using Gateway.HubSimulator.Provider;

namespace Gateway.Bench.Load.Workload;

/// <summary>One client's 301 from its back office: the toewijzingen it holds at one provider, as the provider knows them.</summary>
internal sealed record Unit(IReadOnlyList<KnownToewijzing> Toewijzingen);
