using Gateway.Messages.Answers;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>TR350 (9350): an OngewijzigdProduct names an actual toewijzing of this client at this provider.</summary>
internal sealed class TR350_OngewijzigdProductIsActueel(ILedgerReader ledger) : LedgerRule(ledger)
{
    public override string Code => "TR350";

    public override string RetourCode => "9350";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = [MessageCode.VerzoekOmWijziging];

    public override async ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken)
    {
        var vow = await Vow.LoadAsync(Ledger, check, cancellationToken);
        return [.. vow.Ongewijzigd.Where(o => vow.ActualOf(o.Line.ToewijzingNummer) is null).Select(o => Reject(o.Path))];
    }
}
