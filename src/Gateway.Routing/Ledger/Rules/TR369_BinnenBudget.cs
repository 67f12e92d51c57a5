using Gateway.Routing.Volumes;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// TR369 (9369): on a budget toewijzing the granted amounts (Eenheid 83: GeleverdVolume in eurocents, debit − credit)
/// do not exceed the Budget (as <see cref="AmountArithmetic.WithinBudget"/> puts it). NL: de som past binnen het toegewezen budget.
/// </summary>
internal sealed class TR369_BinnenBudget(ILedgerReader ledger) : ToewijzingTotaalRule(ledger)
{
    public override string Code => "TR369";

    public override string RetourCode => "9369";

    protected override (long Limit, Func<string, long, long?> Amount)? Measure(LedgerToewijzing toewijzing) =>
        toewijzing.Budget is { } budget
            ? (budget, (eenheid, volume) => eenheid == Eenheden.Euro ? volume : null)
            : null;
}
