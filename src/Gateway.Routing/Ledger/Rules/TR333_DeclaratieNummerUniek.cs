using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Declaraties;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// TR333 (9333): a DeclaratieNummer is unique for the provider in the domain. The code goes on the Declaratie, so the
/// 325 refuses the declaration whole (on DeclaratieAntwoord, nothing granted). NL: het declaratienummer is uniek per
/// aanbieder per domein.
/// </summary>
internal sealed class TR333_DeclaratieNummerUniek(ILedgerReader ledger) : LedgerRule(ledger)
{
    public override string Code => "TR333";

    public override string RetourCode => "9333";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = [MessageCode.Declaratie];

    public override async ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken)
    {
        var parties = LedgerParties.Of(check.Bericht);
        var nummer = ((Bericht323)check.Bericht).Declaratie.DeclaratieNummer;
        return await Ledger.HasDeclaratieAsync(check.Transaction, parties.Standard, parties.Aanbieder, nummer, cancellationToken)
            ? [Reject(DeclaratieVerdict.DeclaratiePath)]
            : None;
    }
}
