namespace Gateway.Messages.Validation;

/// <summary>Limits of level-1 validation.</summary>
public sealed record Level1Options
{
    /// <summary>
    /// 25 MB (OP179), read as 25 × 1024 × 1024 = 26 214 400 bytes: the larger reading, so the gateway
    /// never refuses a file that a hub counting in MiB would accept.
    /// </summary>
    public const long DefaultMaxDocumentBytes = 25L * 1024 * 1024;

    /// <summary>Issues reported per document; the rest are counted in one final "… and N more" issue.</summary>
    public const int DefaultMaxIssues = 200;

    /// <summary>Real messages nest about 8 levels deep; anything far deeper is refused as hostile.</summary>
    public const int DefaultMaxElementDepth = 32;

    /// <summary>Largest document accepted, in bytes.</summary>
    public long MaxDocumentBytes { get; init; } = DefaultMaxDocumentBytes;

    /// <summary>Most issues reported for one document.</summary>
    public int MaxIssues { get; init; } = DefaultMaxIssues;

    /// <summary>Deepest element nesting accepted.</summary>
    public int MaxElementDepth { get; init; } = DefaultMaxElementDepth;

    /// <summary>
    /// Whether a document is first checked against the pack's <see cref="CompiledSchema"/> (the framework's validating
    /// reader decides whenever that check does not vouch for it). Off only to compare the two passes.
    /// </summary>
    internal bool CompiledSchemas { get; init; } = true;

    /// <summary>Throws with a message an operator can act on when a limit makes no sense.</summary>
    public void Validate()
    {
        if (MaxDocumentBytes <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDocumentBytes), MaxDocumentBytes, "Level1Options.MaxDocumentBytes must be positive (default 25 MB = 26214400).");
        }

        if (MaxIssues <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxIssues), MaxIssues, "Level1Options.MaxIssues must be positive (default 200).");
        }

        if (MaxElementDepth <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxElementDepth), MaxElementDepth, "Level1Options.MaxElementDepth must be positive (default 32).");
        }
    }
}
