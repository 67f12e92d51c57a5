using Gateway.Messages.Answers;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// TR375 (9375): a TeWijzigenProduct leaves Omvang empty when its toewijzing has no Product (a generic budget) and runs
/// after 31-12-2020.
/// </summary>
internal sealed class TR375_GeenOmvangZonderProduct(ILedgerReader ledger) : LedgerRule(ledger)
{
    public override string Code => "TR375";

    public override string RetourCode => "9375";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = [MessageCode.VerzoekOmWijziging];

    public override async ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken)
    {
        var vow = await Vow.LoadAsync(Ledger, check, cancellationToken);
        return [.. vow.TeWijzigen
            .Where(t => t.Line.Omvang is not null && vow.ActualOf(t.Line.ToewijzingNummer) is { Product: null } original && Vow.RunsAfter2020(original))
            .Select(t => Reject(t.Path))];
    }
}
