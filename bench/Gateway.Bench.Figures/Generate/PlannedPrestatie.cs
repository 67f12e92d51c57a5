using Gateway.Messages.Model;

namespace Gateway.Bench.Figures.Generate;

/// <summary>A prestatie a client's plan puts in a 323, and whether the plan means it to be rejected.</summary>
internal sealed record PlannedPrestatie(ClientIdentity Client, Prestatie Prestatie, bool MeantToBeRejected);
