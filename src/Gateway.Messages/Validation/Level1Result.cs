using Gateway.Messages.Standards;

namespace Gateway.Messages.Validation;

/// <summary>The outcome of level-1 validation of one document.</summary>
/// <param name="Identity">Standard, message and release from the root namespace; null when not a supported message.</param>
/// <param name="Issues">Every level-1 issue found (capped, with a final "… and N more"); empty when valid.</param>
public sealed record Level1Result(MessageIdentity? Identity, IReadOnlyList<ValidationIssue> Issues)
{
    /// <summary>True when the document passed level 1 and can go on to the level-2 rules.</summary>
    public bool IsValid => Issues.Count == 0;
}
