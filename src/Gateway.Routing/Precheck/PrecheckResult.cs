using Gateway.Messages.Answers;
using Gateway.Messages.Standards;
using Gateway.Messages.Validation;
using Gateway.Routing.Pipeline;

namespace Gateway.Routing.Precheck;

/// <summary>What the gateway would answer to a message, found by a pre-check; nothing of it was kept.</summary>
/// <param name="Verdict">Accepted, rejected, refused or a copy of a stored message.</param>
/// <param name="Identity">Standard, message and release; null when the document could not be classified.</param>
/// <param name="AnswerName">The answer's message name (JW325, WMO306 …) or "Fo01"; null when nothing would be answered.</param>
/// <param name="Answer">The bytes of the retour or 325 (XML) or of the Fo01 body; null when nothing would be answered.</param>
/// <param name="RetourCodes">The retourcodes the answer carries, header codes first, each once.</param>
/// <param name="Issues">The level-1/2 issues, or the refusal's issues.</param>
/// <param name="RuleRejections">What each level-3/4 rule rejected, with the class it rejected.</param>
/// <param name="Refusal">The transport refusal (Fo01) when refused.</param>
/// <param name="Held">True when the region's policy would hold the 325 for a back-office decision before sending it.</param>
public sealed record PrecheckResult(
    PrecheckVerdict Verdict,
    MessageIdentity? Identity,
    string? AnswerName,
    byte[]? Answer,
    IReadOnlyList<string> RetourCodes,
    IReadOnlyList<ValidationIssue> Issues,
    IReadOnlyList<RuleRejection> RuleRejections,
    TransportRefusal? Refusal,
    bool Held)
{
    /// <summary>True when the gateway would accept the message.</summary>
    public bool WouldBeAccepted => Verdict == PrecheckVerdict.Accepted;

    /// <summary>
    /// True when the sender identity the caller proved may not send this message for its party (the payload's Afzender,
    /// a retour's answering Ontvanger): the same check as at the hub boundary (CheckSender).
    /// </summary>
    public bool SenderNotAllowed { get; init; }

    /// <summary>The outcome behind <see cref="RetourCodes"/>: the header codes and the codes per class path.</summary>
    public MessageOutcome? Outcome { get; init; }
}
