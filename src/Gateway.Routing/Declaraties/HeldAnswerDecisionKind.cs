namespace Gateway.Routing.Declaraties;

/// <summary>How a decision on a held 325 ended.</summary>
public enum HeldAnswerDecisionKind
{
    /// <summary>The decision was applied.</summary>
    Done,

    /// <summary>No held 325 with that id (or not one of the caller's gemeenten).</summary>
    NotFound,

    /// <summary>The 325 was decided before (released or replaced): nothing changed.</summary>
    AlreadyDecided,
}
