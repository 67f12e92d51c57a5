namespace Gateway.Bench.Load.Client;

/// <summary>What became of one request.</summary>
internal enum Outcome
{
    /// <summary>Not sent: the open-loop run stopped scheduling because the gateway fell too far behind.</summary>
    NotSent,

    /// <summary>Bv03 (HTTP 200) from <c>/ggk</c>, or 202 from the back-office API: stored durably.</summary>
    Acknowledged,

    /// <summary>Refused for what the message is: an Fo03 or a 4xx (a level-1 error, a back office's 422).</summary>
    Refused,

    /// <summary>503 or 429: the intake bound was full; a real hub would resend it later.</summary>
    Busy,

    /// <summary>No answer: the connection failed or timed out.</summary>
    Failed,
}
