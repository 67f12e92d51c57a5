using System.Globalization;
using Gateway.Messages.Limits;
using Gateway.Messages.Schemas;

namespace Gateway.Messages.Validation;

/// <summary>
/// Level-1 validation (IV032): size, encoding, well-formed and safe XML, a supported root namespace,
/// an accepted XsdVersie, and the XSD — in one streaming pass with bounded memory. Thread-safe.
/// </summary>
public sealed class Level1Validator
{
    private readonly SchemaCatalog _schemas;
    private readonly Level1ReaderSettings _settings;

    /// <summary>Creates a validator over the given schema packs.</summary>
    public Level1Validator(SchemaCatalog schemas, Level1Options? options = null)
    {
        _schemas = schemas;
        Options = options ?? new Level1Options();
        Options.Validate();
        _settings = new Level1ReaderSettings(schemas, Options.MaxDocumentBytes);
    }

    /// <summary>The limits this validator applies.</summary>
    public Level1Options Options { get; }

    /// <summary>A validator for the packs under <paramref name="schemaRoot"/> (loaded once per root and cached).</summary>
    public static Level1Validator ForSchemaRoot(string schemaRoot, Level1Options? options = null) =>
        new(SchemaPackLoader.LoadCached(schemaRoot), options);

    /// <summary>Validates a document read from <paramref name="document"/> (read once, not closed).</summary>
    public Level1Result Validate(Stream document) => Validate(document, null);

    /// <summary>
    /// Validates a document read from <paramref name="document"/> and, when <paramref name="model"/> is given, reads
    /// the model in the same pass (kept only when level 1 passes).
    /// </summary>
    internal Level1Result Validate(Stream document, ModelPass? model)
    {
        if (document.CanSeek && document.Length - document.Position > Options.MaxDocumentBytes)
        {
            return Refused(DocumentTooLarge(Options.MaxDocumentBytes).Issue);
        }

        // The compiled check first, when the document can be read again: it only vouches for a valid document, and
        // whatever it does not vouch for is validated again from the start by the framework's validating reader.
        if (Options.CompiledSchemas && document.CanSeek)
        {
            var start = document.Position;
            if (Run(document, model, compiled: true) is { } vouched)
            {
                return vouched;
            }

            document.Position = start;
        }

        return Run(document, model, compiled: false)!;
    }

    private Level1Result? Run(Stream document, ModelPass? model, bool compiled)
    {
        using var sized = new SizeLimitedStream(document, Options.MaxDocumentBytes, DocumentTooLarge);
        using var guarded = new Utf8GuardStream(sized);
        return new Level1Run(_schemas, Options, _settings).Execute(guarded, model, compiled);
    }

    /// <summary>Validates a document held in memory.</summary>
    public Level1Result Validate(byte[] document)
    {
        using var stream = new MemoryStream(document, writable: false);
        return Validate(stream);
    }

    /// <summary>Validates a file; its length is checked before it is opened for reading.</summary>
    public Level1Result ValidateFile(string path)
    {
        if (new FileInfo(path).Length > Options.MaxDocumentBytes)
        {
            return Refused(DocumentTooLarge(Options.MaxDocumentBytes).Issue);
        }

        using var stream = DocumentFile.OpenRead(path);
        return Validate(stream);
    }

    private static Level1Result Refused(ValidationIssue issue) => new(null, [issue]);

    private static Level1Rejection DocumentTooLarge(long limit) => new(
        Level1Codes.Size,
        string.Create(CultureInfo.InvariantCulture, $"The document is larger than the limit of {limit} bytes ({limit / (1024.0 * 1024.0):0.##} MB); iStandaarden messages may be at most 25 MB (OP179)."));
}
