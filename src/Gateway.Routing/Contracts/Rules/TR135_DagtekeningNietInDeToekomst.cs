using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Ledger;

namespace Gateway.Routing.Contracts.Rules;

/// <summary>
/// TR135 (8848, external source: the system date): the message's Dagtekening (BerichtIdentificatie) must be a date that
/// is not after today (Dutch calendar day). Rejected on the header, so the whole message is refused.
/// </summary>
internal sealed class TR135_DagtekeningNietInDeToekomst : ICrossMessageRule
{
    public const string RetourCode = "8848";

    public string Code => "TR135";

    public int Level => 4;

    public IReadOnlyCollection<MessageCode> AppliesTo { get; } =
    [
        MessageCode.Toewijzing, MessageCode.Start, MessageCode.Stop, MessageCode.VerzoekOmToewijzing,
        MessageCode.VerzoekOmWijziging, MessageCode.Antwoord, MessageCode.Declaratie, MessageCode.DeclaratieAntwoord,
    ];

    public ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken)
    {
        var dagtekening = check.Bericht.Header.BerichtIdentificatie.Dagtekening;
        IReadOnlyList<ClassRejection> result = dagtekening > ProductLines.Today(check.Now)
            ? [new ClassRejection(ClassPaths.Header, RetourCode)]
            : ProductLines.None;
        return ValueTask.FromResult(result);
    }
}
