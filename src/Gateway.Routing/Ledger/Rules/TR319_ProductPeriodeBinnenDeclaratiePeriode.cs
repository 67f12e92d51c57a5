using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// TR319 (9319): a prestatie's ProductPeriode lies within the current or an earlier DeclaratiePeriode, i.e. it does not
/// end after the DeclaratiePeriode's end. NL: de productperiode valt binnen de huidige of een eerdere declaratieperiode.
/// <para>
/// The official level-2 XSLT of release 3.2 also tests TR319 (Begindatum and Einddatum of each ProductPeriode against
/// the DeclaratiePeriode's Einddatum) and so refuses the whole file with 0001. The standard's rule list gives TR319 the
/// retourcode 9319, a refusal of the one prestatie in the 325; that text is followed here, so a late prestatie costs only
/// itself and the gateway stays silent on it at level 2 by choice.
/// </para>
/// </summary>
internal sealed class TR319_ProductPeriodeBinnenDeclaratiePeriode(ILedgerReader ledger) : LedgerRule(ledger)
{
    public override string Code => "TR319";

    public override string RetourCode => "9319";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = [MessageCode.Declaratie];

    public override ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken)
    {
        var bericht = (Bericht323)check.Bericht;
        var einde = bericht.Declaratie.DeclaratiePeriode.Einddatum;
        IReadOnlyList<ClassRejection> rejections =
            [.. DeclaratieLines.Prestaties(bericht).Where(l => l.Prestatie.ProductPeriode.Einddatum > einde).Select(l => Reject(l.Path))];
        return ValueTask.FromResult(rejections);
    }
}
