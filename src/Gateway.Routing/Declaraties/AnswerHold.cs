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
