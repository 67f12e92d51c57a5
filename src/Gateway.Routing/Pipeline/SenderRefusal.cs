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
    /// <summary>The refusal for <paramref name="problem"/>, a text that goes back to the sender (no BSN), and its one issue.</summary>
    public static (TransportRefusal Refusal, ValidationIssue[] Issues) Of(CheckedMessage message, string problem) => (
        new TransportRefusal(TransportRefusal.StUF055, problem, message.Envelope?.Referentienummer) { AuditEvent = MessageEventTypes.SenderRefused },
        [new ValidationIssue(2, "SENDER", null, ClassPaths.Header, null, null, problem)]);

    /// <summary>"gemeente" for a gemeentecode (4 digits), "AGB" for an AGB code.</summary>
    public static string PartyName(string party) => party.Length == 4 ? "gemeente" : "AGB";
}
