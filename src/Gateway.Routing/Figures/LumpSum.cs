using Gateway.Routing.Contracts;

namespace Gateway.Routing.Figures;

/// <summary>
/// The monthly lump sum of a taakgericht contract: its yearly <see cref="Contract.Taakbudget"/> ÷ 12 in whole eurocents,
/// the remainder of the division in December, in the months the contract is valid on at least one day.
/// </summary>
internal static class LumpSum
{
    /// <summary>The amount for the month; null when the contract has no budget for the year or is not valid in the month.</summary>
    public static long? ForMonth(Contract contract, Maand maand)
    {
        if (!contract.Taakbudget.TryGetValue(maand.Jaar, out var yearly)
            || contract.Van > maand.Einde
            || (contract.Tot is { } tot && tot < maand.Begin))
        {
            return null;
        }

        var monthly = yearly / 12;
        return maand.Nummer == 12 ? yearly - (11 * monthly) : monthly;
    }
}
