namespace Gateway.Routing.Figures;

/// <summary>Where a declared prestatie stands.</summary>
public enum FigureState
{
    /// <summary>The 325 granted it.</summary>
    Granted,

    /// <summary>The 325 rejected it (alone, with its client or with the whole declaration).</summary>
    Rejected,

    /// <summary>Its 325 is held for a back-office decision.</summary>
    Held,
}
