using Gateway.Messages.Model;

namespace Gateway.Bench.Figures.Generate;

/// <summary>
/// A prestatie a client's plan puts in a 323, and whether the plan means it to be rejected; a rejected one names the
/// correct prestatie the provider declares again in the next 323 (<see cref="Correction"/>).
/// </summary>
internal sealed record PlannedPrestatie(ClientIdentity Client, Prestatie Prestatie, bool MeantToBeRejected)
{
    public PlannedPrestatie? Correction { get; init; }
}
