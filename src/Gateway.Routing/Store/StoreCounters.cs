namespace Gateway.Routing.Store;

/// <summary>Counters for metrics: messages per state and kind, events per type, rejections per retourcode.</summary>
/// <param name="MessagesByState">Stored messages per state.</param>
/// <param name="EventsByType">Audit events per type.</param>
/// <param name="MessagesByRetourCode">Every stored message per retourcode of its outcome: heen-berichten (inbound and outbound) and the answers the gateway built.</param>
public sealed record StoreCounters(
    IReadOnlyDictionary<MessageState, long> MessagesByState,
    IReadOnlyDictionary<string, long> EventsByType,
    IReadOnlyDictionary<string, long> MessagesByRetourCode)
{
    /// <summary>
    /// The answers (retours and 325s) the gateway gave the heen-berichten it received, per retourcode they carry: the
    /// inbound heen-berichten per retourcode of their outcome (header and class codes; one counts under each of its codes).
    /// </summary>
    public IReadOnlyDictionary<string, long> AnswersByRetourCode { get; init; } = new Dictionary<string, long>();

    /// <summary><see cref="MessageEventTypes.RuleRejected"/> events per detail ("CT01 S329"): rejections per level-3/4 rule and retourcode.</summary>
    public IReadOnlyDictionary<string, long> RuleRejections { get; init; } = new Dictionary<string, long>();
}
