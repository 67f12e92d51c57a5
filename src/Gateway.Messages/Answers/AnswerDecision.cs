using Gateway.Messages.Model;

namespace Gateway.Messages.Answers;

/// <summary>The answer a received message deserves, with the reason in plain English.</summary>
/// <param name="Kind">Answer, transport error or nothing.</param>
/// <param name="Answer">The retour or 325 to send; set only for <see cref="AnswerKind.Answer"/>.</param>
/// <param name="TransportErrorCode">The StUF Fo01 error code (StUF055); set only for <see cref="AnswerKind.TransportError"/>.</param>
/// <param name="Reason">Why this answer: for operators and the CLI. Never contains a BSN.</param>
public sealed record AnswerDecision(AnswerKind Kind, Bericht? Answer, string? TransportErrorCode, string Reason)
{
    /// <summary>The StUF error code a gemeente returns in a Fo01 for a message that fails its XSD (level 1).</summary>
    public const string StUF055 = "StUF055";
}
