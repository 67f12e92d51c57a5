namespace Gateway.Messages.Standards;

/// <summary>Who sends a message: the gemeente or the aanbieder (care provider).</summary>
public enum Party
{
    /// <summary>The gemeente.</summary>
    Gemeente,
    /// <summary>The aanbieder (care provider).</summary>
    Aanbieder,
}
