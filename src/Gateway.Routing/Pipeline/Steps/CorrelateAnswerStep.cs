using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Store;
using Microsoft.Extensions.Logging;

namespace Gateway.Routing.Pipeline.Steps;

/// <summary>
/// Ties a retour (302, 320 from a provider) or a 325 (a back office's override) to the message it answers, by the
/// copied header: standard, the heen-bericht's code, Afzender and Identificatie. An inbound retour marks our
/// outbound 301/319 <see cref="MessageState.Answered"/>. A retour that matches nothing is still recorded and routed
/// (the back office may know the heen-bericht, e.g. sent before the gateway existed); RecordMessageStep flags it.
/// Only the party the heen-bericht was sent to (its Ontvanger) may answer it: an answer from another party (a retour
/// whose copied Ontvanger, or a 325 whose Afzender, is not the heen-bericht's Ontvanger) is refused like a forged
/// sender (Fo01, audited as SenderRefused), nothing correlated or routed, the heen-bericht left as it was.
/// </summary>
internal sealed partial class CorrelateAnswerStep(ILogger<CorrelateAnswerStep> logger) : ICommitStep
{
    public string Name => "CorrelateAnswer";

    public async ValueTask InvokeAsync(CommitState context, CancellationToken cancellationToken)
    {
        var bericht = context.Bericht;
        if (MessageCatalog.Get(bericht.Code).AnswersCode is not { } heenCode)
        {
            return;
        }

        var tx = context.Transaction;
        var (afzender, identificatie) = bericht.Header is DeclaratieAntwoordHeader h
            ? (h.Ontvanger, h.DeclaratieIdentificatie.Identificatie)
            : (bericht.Header.Afzender, bericht.Header.BerichtIdentificatie.Identificatie);
        var heen = await tx.FindAnsweredMessageAsync(bericht.Standard, heenCode, afzender, identificatie, cancellationToken);
        if (heen is null)
        {
            return;
        }

        var info = MessageCatalog.Get(bericht.Code);
        var name = info.QualifiedName(bericht.Standard);
        var answering = info.IsRetour ? bericht.Header.Ontvanger : bericht.Header.Afzender;
        if (!string.Equals(heen.Ontvanger, answering, StringComparison.Ordinal))
        {
            Refuse(context, name, MessageCatalog.Get(heenCode).QualifiedName(bericht.Standard), answering, heen.Id);
            return;
        }

        context.CorrelatedTo = heen;
        if (context.Flow == Flow.Inbound && heen.Direction == MessageDirection.Outbound)
        {
            await tx.UpdateStateAsync(heen.Id, MessageState.Answered, MessageEventTypes.MessageAnswered, $"Answered by {name} {MessageFacts.IdentificatieOf(bericht)}", cancellationToken: cancellationToken);
        }
    }

    // The text goes back to the sender, so it names only the sender's own party, never the heen-bericht's Ontvanger;
    // the party is a schema-valid AGB code or gemeentecode: never a BSN.
    private void Refuse(CommitState context, string name, string heenName, string answering, long heenId)
    {
        var problem = $"A {name} from {SenderRefusal.PartyName(answering)} {answering} answers a {heenName} that was not sent to it: only the party a message was sent to may answer it.";
        var (refusal, issues) = SenderRefusal.Of(context.Message, problem);
        context.Refuse(refusal, issues);
        LogRefused(logger, heenId, problem);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Answer to message {MessageId} refused, nothing correlated or routed: {Reason}")]
    private static partial void LogRefused(ILogger logger, long messageId, string reason);
}
