using Gateway.Messages.Answers;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>TR351 (9351): a TeWijzigenProduct names an actual toewijzing of this client at this provider.</summary>
internal sealed class TR351_TeWijzigenProductIsActueel(ILedgerReader ledger) : LedgerRule(ledger)
{
    public override string Code => "TR351";

    public override string RetourCode => "9351";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = [MessageCode.VerzoekOmWijziging];

    public override async ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken)
    {
        var vow = await Vow.LoadAsync(Ledger, check, cancellationToken);
        return [.. vow.TeWijzigen.Where(t => vow.ActualOf(t.Line.ToewijzingNummer) is null).Select(t => Reject(t.Path))];
    }
}
