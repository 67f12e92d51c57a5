using Gateway.Messages.Answers;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// TR373 (9373): changing a Budget or a volume "totaal binnen geldigheidsduur" (Frequentie 6) applies to the whole
/// toewijzing, so the GewensteIngangsdatum equals the actual toewijzing's Ingangsdatum.
/// </summary>
internal sealed class TR373_BudgetWijzigingVanafOrigineleIngangsdatum(ILedgerReader ledger) : LedgerRule(ledger)
{
    private const string TotaalBinnenGeldigheidsduur = "6";

    public override string Code => "TR373";

    public override string RetourCode => "9373";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = [MessageCode.VerzoekOmWijziging];

    public override async ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken)
    {
        var vow = await Vow.LoadAsync(Ledger, check, cancellationToken);
        var rejected = new List<ClassRejection>();
        foreach (var (path, line) in vow.TeWijzigen)
        {
            if (vow.ActualOf(line.ToewijzingNummer) is not { } t)
            {
                continue;
            }

            var budgetChanged = line.Budget is { } budget && budget != t.Budget;
            var totalChanged = line.Omvang is { Frequentie: TotaalBinnenGeldigheidsduur } omvang && omvang.Volume != t.Omvang?.Volume;
            if ((budgetChanged || totalChanged) && line.GewensteIngangsdatum != t.Ingangsdatum)
            {
                rejected.Add(Reject(path));
            }
        }

        return rejected;
    }
}
