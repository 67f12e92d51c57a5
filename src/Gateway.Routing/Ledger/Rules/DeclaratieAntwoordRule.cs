using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Pipeline;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// The checks the provider's software runs on a 325 (TR337, TR366, TR367, TR371, TR376; TR304 in its own class), run on
/// a 325 a back office submits so it is refused before it is sent. The 325 gets no answer message: a provider that
/// cannot relate it simply cannot process it. Each rule compares the 325 with the 323 it answers; when that 323 is
/// unknown only TR337 speaks, and when its payload is gone (retention) nothing can be compared and the 325 passes.
/// </summary>
internal abstract class DeclaratieAntwoordRule(ILedgerReader ledger) : LedgerRule(ledger)
{
    public sealed override IReadOnlyCollection<MessageCode> AppliesTo { get; } = [MessageCode.DeclaratieAntwoord];

    public sealed override async ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken) =>
        check.Flow == Flow.Outbound
            ? Check((Bericht325)check.Bericht, await AnsweredDeclaratie.FindAsync(check, cancellationToken))
            : None;

    /// <summary>The classes of the 325 that break the rule, given the 323 it answers.</summary>
    protected abstract IReadOnlyList<ClassRejection> Check(Bericht325 antwoord, AnsweredDeclaratie answered);
}
