namespace Gateway.Messages.Answers;

/// <summary>The generic retourcodes the builders use by name.</summary>
public static class RetourCodes
{
    /// <summary>0001: the message breaks a rule that can be checked inside the message (level 2).</summary>
    public const string TechnischAfgekeurd = "0001";

    /// <summary>0200: no remark on this class.</summary>
    public const string GeenOpmerking = "0200";

    /// <summary>0233: this class was not assessed.</summary>
    public const string NietBeoordeeld = "0233";

    /// <summary>8001: the declaration is accepted in full (325 only).</summary>
    public const string DeclaratieToegekend = "8001";
}
