using Gateway.Messages.Model;
using Gateway.Routing.Declaraties;
using Gateway.Routing.Pipeline;

namespace Gateway.Routing.Ledger;

/// <summary>One accepted message to apply to the ledger.</summary>
/// <param name="MessageId">Its internal id.</param>
/// <param name="Flow">Inbound (from a provider) or outbound (from a back office).</param>
/// <param name="Bericht">The message.</param>
/// <param name="Verdict">
/// For a 323: the verdict on its clients and prestaties; the ledger records each prestatie as it judges. A 323 applied
/// without one was accepted in full. Null for every other message.
/// </param>
public sealed record LedgerEntry(long MessageId, Flow Flow, Bericht Bericht, DeclaratieVerdict? Verdict = null)
{
    /// <summary>The verdict on a 323 (every prestatie granted when none was given); null for other messages.</summary>
    public DeclaratieVerdict? Verdict { get; init; } = Verdict ?? (Bericht is Bericht323 declaratie ? DeclaratieVerdict.Of(declaratie, null) : null);

    /// <summary>For an answer (302 … 320, 325): the stored message it was correlated to, if any.</summary>
    public long? AnswersMessageId { get; init; }

    /// <summary>
    /// True when the 323's 325 is held for a back-office decision: its granted prestaties are recorded as
    /// <see cref="PrestatieStatus.Submitted"/> until the decision.
    /// </summary>
    public bool Held { get; init; }
}
