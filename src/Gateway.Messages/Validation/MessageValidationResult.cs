using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Validation;

/// <summary>The outcome of validating one document on levels 1 and 2.</summary>
/// <param name="Identity">Standard, message and release from the root namespace; null when the document is not a supported message.</param>
/// <param name="Issues">Level-1 issues, or (when level 1 passed) level-2 issues with line and column where found; empty when valid.</param>
/// <param name="Bericht">The message as read into the model; null when level 1 failed.</param>
public sealed record MessageValidationResult(MessageIdentity? Identity, IReadOnlyList<ValidationIssue> Issues, Bericht? Bericht)
{
    /// <summary>True when the document passed levels 1 and 2.</summary>
    public bool IsValid => Issues.Count == 0;

    /// <summary>True when the document passed level 1 and was read into the model (level-2 issues may remain).</summary>
    public bool PassedLevel1 => Bericht is not null;
}
