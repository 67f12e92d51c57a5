namespace Gateway.Routing.Declaraties;

/// <summary>The verdict on one client of a 323 and its prestaties, in message order. Holds no BSN.</summary>
/// <param name="Number">Its position in the 323 (1-based), as in its class path.</param>
/// <param name="IsRejected">True when the client itself was rejected: then every prestatie of it is rejected too.</param>
/// <param name="Prestaties">Its prestaties, in message order.</param>
public sealed record ClientVerdict(int Number, bool IsRejected, IReadOnlyList<PrestatieVerdict> Prestaties);
