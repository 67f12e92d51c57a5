using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// TR338 (9338): the ToewijzingNummer of a prestatie names a toewijzing the gemeente sent to this provider. A number
/// this provider got for another client is TR304's (8187 on the Client), so one fault gives one code.
/// NL: de prestatie hoort bij een toewijzing van deze aanbieder.
/// </summary>
internal sealed class TR338_PrestatieKoppeltAanToewijzing(ILedgerReader ledger) : LedgerRule(ledger)
{
    public override string Code => "TR338";

    public override string RetourCode => "9338";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = [MessageCode.Declaratie];

    public override async ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken)
    {
        var rejections = new List<ClassRejection>();
        foreach (var line in DeclaratieLines.Prestaties((Bericht323)check.Bericht))
        {
            if (await DeclaratieLines.ToewijzingOfProviderAsync(Ledger, check, line, cancellationToken) is null)
            {
                rejections.Add(Reject(line.Path));
            }
        }

        return rejections;
    }
}
