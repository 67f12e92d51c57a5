namespace Gateway.Routing.Contracts;

/// <summary>What granting an amount does to one ceiling.</summary>
/// <param name="Ceiling">The ceiling.</param>
/// <param name="UsedBefore">Granted (net) this year before.</param>
/// <param name="UsedAfter">Granted (net) including the new amount.</param>
/// <param name="Crossed">Thresholds (percent) reached now and not before: each raises one operator signal.</param>
/// <param name="Exceeded">True when the new amount takes usage over 100 %.</param>
public sealed record CeilingOutcome(Ceiling Ceiling, long UsedBefore, long UsedAfter, IReadOnlyList<int> Crossed, bool Exceeded)
{
    /// <summary>True when the region wants the 325 held for a back-office decision (policy hold and exceeded).</summary>
    public bool Hold => Exceeded && Ceiling.Beleid == CeilingPolicy.Hold;
}
