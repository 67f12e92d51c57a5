using Gateway.Messages.Answers;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// TR349 (9349): a 317 lists every toewijzing of the client at this provider that is actual on its Dagtekening, either
/// as OngewijzigdProduct or as TeWijzigenProduct. Marked on the Verzoek.
/// </summary>
internal sealed class TR349_VowBevatAlleActueleToewijzingen(ILedgerReader ledger) : LedgerRule(ledger)
{
    public override string Code => "TR349";

    public override string RetourCode => "9349";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = [MessageCode.VerzoekOmWijziging];

    public override async ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken)
    {
        var vow = await Vow.LoadAsync(Ledger, check, cancellationToken);
        var listed = vow.Ongewijzigd.Select(o => o.Line.ToewijzingNummer).Concat(vow.TeWijzigen.Select(t => t.Line.ToewijzingNummer)).ToHashSet();
        return vow.Actual.All(t => listed.Contains(t.ToewijzingNummer)) ? None : [Reject("/Bericht/Client/Verzoek")];
    }
}
