using Gateway.Messages.Answers;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// TR412 (9412): a TeWijzigenProduct leaves Omvang empty when its toewijzing has a Product without Code (aspecific)
/// and runs after 31-12-2020.
/// </summary>
internal sealed class TR412_GeenOmvangZonderProductcode(ILedgerReader ledger) : LedgerRule(ledger)
{
    public override string Code => "TR412";

    public override string RetourCode => "9412";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = [MessageCode.VerzoekOmWijziging];

    public override async ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken)
    {
        var vow = await Vow.LoadAsync(Ledger, check, cancellationToken);
        return [.. vow.TeWijzigen
            .Where(t => t.Line.Omvang is not null && vow.ActualOf(t.Line.ToewijzingNummer) is { Product: { Code: null } } original && Vow.RunsAfter2020(original))
            .Select(t => Reject(t.Path))];
    }
}
