namespace Gateway.Messages.Validation;

/// <summary>Where the schema packs live and how large a message may be; what <see cref="MessageValidator"/> is built from.</summary>
public sealed record MessagesOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Gateway:Messages";

    /// <summary>The schema root, relative to the working directory unless absolute: &lt;root&gt;/{ijw|iwmo}/{release}/*.xsd.</summary>
    public const string DefaultSchemaRoot = "schemas";

    /// <summary>25 MB (OP179), the same limit as level 1.</summary>
    public const long DefaultMaxDocumentBytes = Level1Options.DefaultMaxDocumentBytes;

    /// <summary>The folder holding the schema packs.</summary>
    public string SchemaRoot { get; set; } = DefaultSchemaRoot;

    /// <summary>Documents larger than this are refused at level 1 (SIZE).</summary>
    public long MaxDocumentBytes { get; init; } = DefaultMaxDocumentBytes;

}
