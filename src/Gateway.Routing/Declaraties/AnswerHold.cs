using Gateway.Messages.Answers;
using Gateway.Messages.Model;

namespace Gateway.Routing.Declaraties;

/// <summary>Why a built 325 is held and until when it must be sent.</summary>
/// <param name="Reasons">One line per reason, without a BSN.</param>
/// <param name="Ontvangen">The Dutch date the 323 was received.</param>
/// <param name="Deadline">The last day to send the 325.</param>
public sealed record AnswerHold(IReadOnlyList<string> Reasons, DateOnly Ontvangen, DateOnly Deadline)
{
    /// <summary>One line for events: the reasons and the deadline.</summary>
    public string Describe() => $"{string.Join("; ", Reasons)}. Send by {Deadline:yyyy-MM-dd} (received {Ontvangen:yyyy-MM-dd}).";
}

/// <summary>What a 325 decided per prestatie: the ReferentieNummers it rejects, or the whole declaration.</summary>
/// <param name="RejectAll">True when the 325 grants nothing (header or Declaratie rejected).</param>
/// <param name="Rejected">The ReferentieNummers of the prestaties it lists (rejected, or 0233 under a rejected client).</param>
public sealed record AntwoordRejections(bool RejectAll, IReadOnlySet<string> Rejected)
{
    /// <summary>Reads the decisions of a 325.</summary>
    public static AntwoordRejections Of(Bericht325 answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var antwoord = answer.DeclaratieAntwoord;
        var grants = antwoord is not null
            && antwoord.RetourCodes.Any(c => c is RetourCodes.GeenOpmerking or RetourCodes.DeclaratieToegekend);
        var rejected = antwoord?.Clienten?.SelectMany(c => c.Prestaties).Select(p => p.ProductReferentie.ReferentieNummer).ToHashSet(StringComparer.Ordinal)
            ?? [];
        return new AntwoordRejections(!grants, rejected);
    }
}
