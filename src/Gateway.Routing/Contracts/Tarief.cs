namespace Gateway.Routing.Contracts;

/// <summary>
/// A tariff in eurocents: a table per year, or a base year's amount indexed by a percentage per year (compounded,
/// rounded half-up to whole cents every year). A year in the table wins over the indexation.
/// </summary>
/// <param name="Basisjaar">The year <paramref name="Bedrag"/> applies to; null when only <paramref name="PerJaar"/> is given.</param>
/// <param name="Bedrag">The base year's tariff in eurocents.</param>
/// <param name="IndexatiePercentage">Yearly indexation in percent, e.g. 2.65.</param>
/// <param name="PerJaar">Explicit tariffs per calendar year.</param>
public sealed record Tarief(int? Basisjaar, long? Bedrag, decimal IndexatiePercentage, IReadOnlyDictionary<int, long> PerJaar)
{
    /// <summary>The tariff for the calendar year; null when the contract does not define one for it.</summary>
    public long? For(int year)
    {
        if (PerJaar.TryGetValue(year, out var explicitTariff))
        {
            return explicitTariff;
        }

        if (Basisjaar is not { } basis || Bedrag is not { } amount || year < basis)
        {
            return null;
        }

        var tariff = (decimal)amount;
        for (var y = basis; y < year; y++)
        {
            tariff = Math.Round(tariff * (1 + (IndexatiePercentage / 100m)), 0, MidpointRounding.AwayFromZero);
        }

        return (long)tariff;
    }
}
