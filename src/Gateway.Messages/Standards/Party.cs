namespace Gateway.Messages.Standards;

/// <summary>Who sends a message: the gemeente or the aanbieder (care provider).</summary>
public enum Party
{
    Gemeente,
    Aanbieder,
}
