namespace Gateway.Routing.Precheck;

/// <summary>What the gateway would do with a pre-checked message.</summary>
public enum PrecheckVerdict
{
    /// <summary>Accepted on all four levels: answered with 0200 (a 325 granting everything), or, for a retour, recorded and routed.</summary>
    Accepted,

    /// <summary>Rejected on level 2, 3 or 4: answered with the retourcodes, not routed.</summary>
    Rejected,

    /// <summary>Refused at transport level (level 1, routing, sender): no retour, an Fo01 StUF055 instead.</summary>
    Refused,

    /// <summary>The same message was received before: no second effect, its stored answer would be sent again.</summary>
    Duplicate,
}
