using Microsoft.Extensions.Options;
using Gateway.Messages.Model;
using Gateway.Messages.Privacy;
using Gateway.Messages.Rules;
using Gateway.Messages.Schemas;

namespace Gateway.Messages.Validation;

/// <summary>
/// Levels 1 and 2 in one call: the XSD and safety checks, with the message read into the model in the same pass; when
/// level 1 passes, the in-message rules run on that model; level-2 issues get their line and column in one extra streaming pass (only when there are
/// any). Thread-safe.
/// </summary>
public sealed class MessageValidator
{
    private readonly Level1Validator _level1;
    private readonly Level2Validator _level2;

    /// <summary>A validator over the packs under <see cref="MessagesOptions.SchemaRoot"/> and the given (or every) level-2 rule.</summary>
    /// <param name="options">Schema root and size limit.</param>
    /// <param name="rules">The level-2 rules; every rule when null.</param>
    /// <param name="compilation">When the packs are compiled: at once (the default; a broken pack fails here), or on first use.</param>
    /// <exception cref="SchemaPackException">The schema packs cannot be loaded.</exception>
    public MessageValidator(MessagesOptions options, Level2Validator? rules = null, SchemaCompilation compilation = SchemaCompilation.AtLoad)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (new MessagesOptionsValidator().Validate(null, options) is { Failed: true } invalid)
        {
            throw new OptionsValidationException(Microsoft.Extensions.Options.Options.DefaultName, typeof(MessagesOptions), invalid.Failures);
        }

        Options = options;
        Schemas = SchemaPackLoader.LoadCached(options.SchemaRoot, compilation);
        _level1 = new Level1Validator(Schemas, new Level1Options { MaxDocumentBytes = options.MaxDocumentBytes });
        _level2 = rules ?? Level2Validator.Default;
    }

    /// <summary>The options this validator was made with.</summary>
    public MessagesOptions Options { get; }

    /// <summary>The loaded schema packs (the answer builders take their XsdVersie from them).</summary>
    public SchemaCatalog Schemas { get; }

    /// <summary>Validates a document held in memory.</summary>
    public MessageValidationResult Validate(byte[] document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var stream = new MemoryStream(document, writable: false);
        return ValidateSeekable(stream);
    }

    /// <summary>Validates a document read from a stream (not closed). A stream that cannot seek is buffered, up to the size limit.</summary>
    public MessageValidationResult Validate(Stream document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.CanSeek)
        {
            return ValidateSeekable(document);
        }

        // One byte past the limit is enough for level 1 to refuse the document as too large.
        using var buffer = new MemoryStream();
        CopyAtMost(document, buffer, Options.MaxDocumentBytes + 1);
        buffer.Position = 0;
        return ValidateSeekable(buffer);
    }

    /// <summary>Validates a file.</summary>
    public MessageValidationResult ValidateFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = DocumentFile.OpenRead(path);
        return ValidateSeekable(stream);
    }

    private MessageValidationResult ValidateSeekable(Stream document)
    {
        var start = document.Position;
        var model = new ModelPass();
        var level1 = _level1.Validate(document, model);
        if (!level1.IsValid)
        {
            return new MessageValidationResult(level1.Identity, level1.Issues, null);
        }

        if (model.Bericht is null)
        {
            // The XSD passed but the model cannot hold the document: to the sender it is as wrong as an XSD error.
            var ex = model.Failure ?? new BerichtReadException("/Bericht", "the document could not be read into the model");
            var issue = EchoText.Issue(new ValidationIssue(1, Level1Codes.Xsd, null, ex.Path, null, null, ex.Message));
            return new MessageValidationResult(level1.Identity, Locate(document, start, [issue]), null);
        }

        var issues = _level2.Validate(model.Bericht);
        return new MessageValidationResult(level1.Identity, issues.Count == 0 ? issues : Locate(document, start, issues), model.Bericht);
    }

    /// <summary>Fills Line/Column from the issue's path, or from its nearest ancestor present in the document.</summary>
    private IReadOnlyList<ValidationIssue> Locate(Stream document, long start, IReadOnlyList<ValidationIssue> issues)
    {
        var wanted = issues.Where(i => i.Path is not null && i.Line is null).SelectMany(i => SelfAndAncestors(i.Path!)).ToList();
        if (wanted.Count == 0)
        {
            return issues;
        }

        document.Position = start;
        var found = PathLocator.Locate(document, wanted, Options.MaxDocumentBytes);
        return [.. issues.Select(issue =>
        {
            if (issue.Path is null || issue.Line is not null)
            {
                return issue;
            }

            foreach (var path in SelfAndAncestors(issue.Path))
            {
                if (found.TryGetValue(path, out var position))
                {
                    return issue with { Line = position.Line, Column = position.Column };
                }
            }

            return issue;
        })];
    }

    private static IEnumerable<string> SelfAndAncestors(string path)
    {
        for (var p = path; p.Length > 1; p = p[..p.LastIndexOf('/')])
        {
            yield return p;
            if (p.LastIndexOf('/') <= 0)
            {
                yield break;
            }
        }
    }

    private static void CopyAtMost(Stream source, Stream target, long limit)
    {
        var buffer = new byte[81920];
        long copied = 0;
        int read;
        while (copied < limit && (read = source.Read(buffer, 0, (int)Math.Min(buffer.Length, limit - copied))) > 0)
        {
            target.Write(buffer, 0, read);
            copied += read;
        }
    }
}
