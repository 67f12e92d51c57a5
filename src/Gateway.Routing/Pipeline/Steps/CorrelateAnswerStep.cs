using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Store;

namespace Gateway.Routing.Pipeline.Steps;

/// <summary>
/// Ties a retour (302, 320 from a provider) or a 325 (a back office's override) to the message it answers, by the
/// copied header: standard, the heen-bericht's code, Afzender and Identificatie. An inbound retour marks our
/// outbound 301/319 <see cref="MessageState.Answered"/>. A retour that matches nothing is still recorded and routed
/// (the back office may know the heen-bericht, e.g. sent before the gateway existed); RecordMessageStep flags it.
/// </summary>
internal sealed class CorrelateAnswerStep : IPipelineStep
{
    public string Name => "CorrelateAnswer";

    public async ValueTask InvokeAsync(MessageContext context, CancellationToken cancellationToken)
    {
        if (context.Bericht is not { } bericht || context.Refusal is not null
            || MessageCatalog.Get(bericht.Code).AnswersCode is not { } heenCode)
        {
            return;
        }

        var tx = context.RequireTransaction();
        var (afzender, identificatie) = bericht.Header is DeclaratieAntwoordHeader h
            ? (h.Ontvanger, h.DeclaratieIdentificatie.Identificatie)
            : (bericht.Header.Afzender, bericht.Header.BerichtIdentificatie.Identificatie);
        var heen = await tx.FindAnsweredMessageAsync(bericht.Standard, heenCode, afzender, identificatie, cancellationToken);
        if (heen is null)
        {
            return;
        }

        context.CorrelatedTo = heen;
        if (context.Flow == Flow.Inbound && heen.Direction == MessageDirection.Outbound)
        {
            var name = MessageCatalog.Get(bericht.Code).QualifiedName(bericht.Standard);
            await tx.UpdateStateAsync(heen.Id, MessageState.Answered, MessageEventTypes.MessageAnswered, $"Answered by {name} {MessageFacts.IdentificatieOf(bericht)}", cancellationToken: cancellationToken);
        }
    }
}
