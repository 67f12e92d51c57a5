using Gateway.Messages.Model;
using Gateway.Routing.Figures;

namespace Gateway.Routing.Pipeline.Steps;

/// <summary>
/// Records every prestatie of a received 323 for the steering figures, in the transaction that records the 323: as the
/// one verdict judges it (granted or rejected, with the rules and retourcodes behind each rejection), or held when its
/// 325 is held (HoldAnswerStep), until a release or the back office's own 325 decides it. Runs for wholly rejected
/// 323s too, which the ledger proper does not keep.
/// </summary>
internal sealed class RecordFiguresStep(IFigureRecorder figures) : ICommitStep
{
    public string Name => "RecordFigures";

    public async ValueTask InvokeAsync(CommitState context, CancellationToken cancellationToken)
    {
        if (context.Flow != Flow.Inbound || context.Bericht is not Bericht323 declaratie || context.Verdict is not { } verdict)
        {
            return;
        }

        var reasons = FigureReasons.Of(verdict, context.Outcome, context.Message.Validation?.Issues ?? [], context.RuleRejections);
        await figures.RecordAsync(
            context.Transaction,
            new JudgedDeclaratie(context.RequireMessageId(), declaratie, verdict, reasons, Held: context.AnswerHold is not null),
            cancellationToken);
    }
}
