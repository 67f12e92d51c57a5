using Gateway.Messages.Model;
using Gateway.Messages.Validation;
using Gateway.Routing.Store;

namespace Gateway.Routing.Pipeline;

/// <summary>
/// A message refused because its sender may not send it (a payload for another party, an answer to a message sent to
/// someone else): refused at transport level (Fo01 StUF055), audited as SenderRefused, never routed.
/// </summary>
internal static class SenderRefusal
{
    /// <summary>Marks <paramref name="context"/> refused with <paramref name="problem"/>, a text that goes back to the sender (no BSN).</summary>
    public static void Refuse(MessageContext context, string problem)
    {
        context.Refusal = new TransportRefusal(TransportRefusal.StUF055, problem, context.Envelope?.Referentienummer) { AuditEvent = MessageEventTypes.SenderRefused };
        context.RefusalIssues.Add(new ValidationIssue(2, "SENDER", null, ClassPaths.Header, null, null, problem));
    }

    /// <summary>"gemeente" for a gemeentecode (4 digits), "AGB" for an AGB code.</summary>
    public static string PartyName(string party) => party.Length == 4 ? "gemeente" : "AGB";
}
