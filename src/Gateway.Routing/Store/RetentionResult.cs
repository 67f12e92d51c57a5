namespace Gateway.Routing.Store;

/// <summary>What the retention sweep removed.</summary>
public sealed record RetentionResult(int PayloadsDeleted, int MessagesDeleted)
{
    /// <summary>Refused payloads cut down to their first bytes.</summary>
    public int PayloadsTrimmed { get; init; }
}
