using Gateway.Routing.Contracts;
using Gateway.Routing.Volumes;

namespace Gateway.Routing.Figures;

/// <summary>
/// Allocated against declared against granted, per funding variant in its own terms: effort allocations spread over
/// the months they cover at the contract's tariff of the year, output allocations (trajectories and their budgets) in
/// their Ingangsdatum's month, taakgericht lump sums per month; declared and granted prestaties by ProductPeriode month.
/// </summary>
internal static class ProductieReport
{
    private const string Definition =
        "Toegewezen: inspanningsgericht de eenheden die de standaard in de maand toestaat × het contracttarief van dat jaar; outputgericht de trajecten en hun budget in de maand van de Ingangsdatum; taakgericht het taakbudget ÷ 12 per maand (de rest in december). Gedeclareerd en toegekend naar de maand waarin de ProductPeriode begint, credits negatief. Benut = toegekend ÷ toegewezen.";

    public static async Task<IReadOnlyList<FigureRow>> BuildAsync(FigureContext context, IFigureSource source, CancellationToken cancellationToken)
    {
        context.Notes.Add(Definition);
        var cells = new FigureCells<(FigureKey Key, string? Eenheid), ProductieCell>(static (a, b) =>
            a.Key.CompareTo(b.Key) is var order && order != 0 ? order : string.CompareOrdinal(a.Eenheid, b.Eenheid));
        var scope = context.Scope(context.Van, context.Tot);
        await foreach (var toewijzing in source.ToewijzingenAsync(scope, cancellationToken))
        {
            Allocate(context, cells, toewijzing);
        }

        await foreach (var prestatie in source.PrestatiesAsync(scope, cancellationToken))
        {
            var maand = Maand.Of(prestatie.PeriodeBegin);
            if (context.InRange(maand) && context.TryCell(prestatie.Standard, prestatie.Gemeentecode, prestatie.Aanbieder, prestatie.Product, prestatie.PeriodeBegin, maand, out var key, out _))
            {
                var eenheden = prestatie.Bedrag < 0 ? -prestatie.GeleverdVolume : prestatie.GeleverdVolume;
                cells[(key, prestatie.Eenheid)].Declare(context.Clients.Of(prestatie.ClientId), eenheden, prestatie.Bedrag, prestatie.State == FigureState.Granted);
            }
        }

        AddLumpSums(context, cells);
        return [.. cells.Sorted().Select(c => new FigureRow(c.Cell.Values(c.Key.Key, c.Key.Eenheid), c.Cell.Clients))];
    }

    private static void Allocate(FigureContext context, FigureCells<(FigureKey, string?), ProductieCell> cells, ToewijzingFact toewijzing)
    {
        var client = context.Clients.Of(toewijzing.ClientId);
        var omvang = toewijzing.Omvang;
        foreach (var (maand, day) in context.MonthsOf(toewijzing))
        {
            if (!context.TryCell(toewijzing.Standard, toewijzing.Gemeentecode, toewijzing.Aanbieder, toewijzing.Product, day, maand, out var key, out var contract))
            {
                return;
            }

            // Without a contract (or for a taakgericht one, which has no client-level volumes) the unit's hint decides the arithmetic.
            var variant = contract is { Variant: not FundingVariant.Taakgericht } ? contract.Variant
                : omvang is null ? FundingVariant.Outputgericht : Eenheden.VariantHint(omvang.Eenheid);
            if (variant == FundingVariant.Outputgericht)
            {
                if (day == toewijzing.Ingangsdatum)
                {
                    var eenheden = omvang is null ? 0 : VolumeArithmetic.AllowedTotal(Allocation.Of(omvang, toewijzing.Ingangsdatum, toewijzing.Einddatum), variant);
                    var eurocent = toewijzing.Budget ?? (omvang?.Eenheid == Eenheden.Euro ? eenheden : eenheden * contract?.TariefOn(day));
                    cells[(key, omvang?.Eenheid)].Allocate(client, eenheden, eurocent, traject: true);
                }
            }
            else if (omvang is not null && AllocationSpread.InMonth(Allocation.Of(omvang, toewijzing.Ingangsdatum, toewijzing.Einddatum), variant, maand) is var eenheden && eenheden != 0)
            {
                cells[(key, omvang.Eenheid)].Allocate(client, eenheden, eenheden * contract?.TariefOn(day), traject: false);
            }
        }
    }

    private static void AddLumpSums(FigureContext context, FigureCells<(FigureKey, string?), ProductieCell> cells)
    {
        foreach (var contract in context.Register.Contracts)
        {
            if (contract.Variant != FundingVariant.Taakgericht || contract.Taakbudget.Count == 0 || !context.IncludesAanbieder(contract.Aanbieder))
            {
                continue;
            }

            var gemeenten = (contract.Gemeenten.Count == 0 ? context.RegionGemeenten : contract.Gemeenten).Select(context.Gemeenten.Current).Distinct(StringComparer.Ordinal);
            foreach (var gemeente in gemeenten.Where(context.Includes))
            {
                foreach (var maand in Maand.Range(context.Request.Van, context.Request.Tot))
                {
                    if (LumpSum.ForMonth(contract, maand) is { } amount)
                    {
                        var key = new FigureKey(contract.Standard, gemeente, contract.Aanbieder, contract.Categorie, contract.Code, FigureKey.VariantOf(contract), maand);
                        cells[(key, null)].AddLumpSum(amount);
                    }
                }
            }
        }
    }
}
