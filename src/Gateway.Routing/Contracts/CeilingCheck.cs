using Gateway.Routing.Volumes;

namespace Gateway.Routing.Contracts;

/// <summary>Evaluates a new granted amount against the ceilings that cover it (usage itself is kept by the ledger).</summary>
public static class CeilingCheck
{
    /// <summary>The outcome for one ceiling given its usage so far and the net amount about to be granted.</summary>
    public static CeilingOutcome Evaluate(Ceiling ceiling, long usedBefore, long granted)
    {
        ArgumentNullException.ThrowIfNull(ceiling);
        var after = usedBefore + granted;
        return new CeilingOutcome(
            ceiling,
            usedBefore,
            after,
            CeilingArithmetic.Crossed(ceiling.Bedrag, usedBefore, after, ceiling.Drempels),
            after > ceiling.Bedrag && granted > 0);
    }
}
