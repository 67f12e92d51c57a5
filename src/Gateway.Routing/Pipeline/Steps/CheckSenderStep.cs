using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Store;
using Microsoft.Extensions.Logging;

namespace Gateway.Routing.Pipeline.Steps;

/// <summary>
/// Who may send as whom: the party that sent the payload must be one the envelope's sender identity may act for.
/// That party is the Afzender of a heen-bericht, and for a retour the party that answers: the copied header's
/// Ontvanger. Outside the set the message is refused at transport level (Fo01, stored as refused, audited as
/// SenderRefused, never routed). Runs only inbound, for a message whose sender the Host resolved.
/// </summary>
internal sealed partial class CheckSenderStep(ILogger<CheckSenderStep> logger) : ICheckStep
{
    public string Name => "CheckSender";

    public ValueTask<CheckedMessage> CheckAsync(CheckedMessage message, CancellationToken cancellationToken)
    {
        if (message.Flow != Flow.Inbound || message.Sender is not { } sender)
        {
            return ValueTask.FromResult(message);
        }

        var bericht = message.RequireBericht();
        var isRetour = MessageCatalog.Get(bericht.Code).IsRetour;
        var party = isRetour ? bericht.Header.Ontvanger : bericht.Header.Afzender;
        if (sender.MayActFor(party))
        {
            return ValueTask.FromResult(message);
        }

        var problem = $"Envelope zender {sender.Zender} may not send for {SenderRefusal.PartyName(party)} {party} (the payload's {(isRetour ? "answering party, the retour's Ontvanger" : "Afzender")}): not in its sender map.";
        var (refusal, issues) = SenderRefusal.Of(message, problem);
        LogRefused(logger, problem);
        return ValueTask.FromResult(message.Refused(refusal, issues));
    }

    // The codes in the text are the configured zender and a schema-valid AGB code or gemeentecode: never a BSN.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Sender refused, Fo01 queued, nothing routed: {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);
}
