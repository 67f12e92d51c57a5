using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// TR384 (9384): no prestatie on a toewijzing the gemeente deleted (RedenWijziging 13): a deleted toewijzing counts as
/// never sent. NL: niet declareren op een verwijderde toewijzing.
/// </summary>
internal sealed class TR384_GeenPrestatieOpVerwijderdeToewijzing(ILedgerReader ledger) : LedgerRule(ledger)
{
    public override string Code => "TR384";

    public override string RetourCode => "9384";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = [MessageCode.Declaratie];

    public override async ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken)
    {
        var rejections = new List<ClassRejection>();
        foreach (var line in DeclaratieLines.Prestaties((Bericht323)check.Bericht))
        {
            if (await DeclaratieLines.ToewijzingAsync(Ledger, check, line, cancellationToken) is { IsDeleted: true })
            {
                rejections.Add(Reject(line.Path));
            }
        }

        return rejections;
    }
}
