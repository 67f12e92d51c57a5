using System.Xml;
using System.Xml.Schema;
using Gateway.Messages.Model;
using Gateway.Messages.Schemas;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Validation;

/// <summary>The state of validating one document: reader, element path, issues.</summary>
internal sealed class Level1Run(SchemaCatalog catalog, Level1Options options, Level1ReaderSettings settings)
{
    private const string DoctypeMessage =
        "DOCTYPE declarations are not allowed in iStandaarden messages: they can make a reader fetch files or URLs (XXE) or expand entities without limit. Remove the <!DOCTYPE …> declaration.";

    private static readonly string[] XsdVersieParent = ["Bericht", "Header", "XsdVersie"];

    /// <summary>The run whose reader is reading on this thread: the cached settings share one handler, which forwards here.</summary>
    [ThreadStatic]
    private static Level1Run? t_current;

    /// <summary>A path left by the last run on this thread: its frames are reused, so a small document allocates none.</summary>
    [ThreadStatic]
    private static ElementPath? t_sparePath;

    private readonly IssueList _issues = new(options.MaxIssues);
    private readonly ElementPath _path = TakePath();
    private MessageIdentity? _identity;
    private MessageSchema? _schema;
    private CompiledSchemaCheck? _check;
    private bool _deferred;

    /// <summary>True once an issue has been found, or the compiled check gave the document up to the framework's pass.</summary>
    public bool Stopped => _issues.Count > 0 || _deferred;

    /// <summary>Level 1 only, by the framework's validating reader.</summary>
    public Level1Result Execute(Stream input) => Execute(input, null);

    /// <summary>
    /// Level 1 and, when <paramref name="model"/> is given, the model read in the same pass: the model reader reads
    /// through the validating reader (<see cref="SharedPassReader"/>). Issues and their paths are those of level 1
    /// alone; the model is kept in <paramref name="model"/> only if level 1 found nothing.
    /// </summary>
    public Level1Result Execute(Stream input, ModelPass? model) => Execute(input, model, compiled: false)!;

    /// <summary>
    /// As <see cref="Execute(Stream, ModelPass?)"/>, but with <paramref name="compiled"/> the pack's
    /// <see cref="CompiledSchema"/> (when it has one) checks the document over a plain reader instead. That check only
    /// vouches: when it finds anything at all — an issue, a construct it does not know, a model it cannot read — the
    /// result is null, and the caller validates the document again without it, so that every issue is the framework's.
    /// </summary>
    public Level1Result? Execute(Stream input, ModelPass? model, bool compiled)
    {
        XmlReader? current = null;
        var previous = t_current;
        t_current = this;
        try
        {
            using var plain = XmlReader.Create(input, settings.PlainOnThisThread());
            current = plain;
            if (!MoveToRoot(plain))
            {
                _issues.Add(Issue(Level1Codes.Xml, null, plain, "The document has no root element."));
                return Result();
            }

            var problem = RootElementCheck.Problem(catalog, plain.LocalName, plain.NamespaceURI);
            var pack = catalog.FindPack(plain.NamespaceURI);
            if (problem is not null || pack is null)
            {
                _issues.Add(Issue(Level1Codes.Unsupported, "/" + plain.LocalName, plain, problem ?? "unsupported"));
                return Result();
            }

            _schema = catalog.Find(plain.NamespaceURI)!;
            _identity = _schema.Identity;
            if (compiled && settings.Compiled(pack) is { } schema)
            {
                return Vouch(plain, schema, model);
            }

            using var validating = XmlReader.Create(plain, settings.Validating(pack));
            current = validating;
            if (model is not null)
            {
                ReadModel(validating, model, atRoot: false);
            }

            Walk(validating);
        }
        catch (Level1Rejection rejection)
        {
            _issues.Add(rejection.Issue with { Path = rejection.Issue.Path ?? CurrentPath(current) });
        }
        catch (XmlException ex)
        {
            _issues.Add(FromXmlException(ex, current));
        }
        finally
        {
            if (_issues.Count > 0 || _deferred)
            {
                model?.Clear();
                Level1ReaderSettings.ForgetNamesOnThisThread();
            }

            _check?.Release();
            _check = null;
            t_current = previous;
            _path.Clear();
            t_sparePath = _path;
        }

        return Result();
    }

    /// <summary>
    /// The compiled check over the plain reader, which stands on the root. Null unless the check vouches for the whole
    /// document, level 1's own checks (depth, XsdVersie) found nothing, and the model (when asked for) was read.
    /// </summary>
    private Level1Result? Vouch(XmlReader plain, CompiledSchema schema, ModelPass? model)
    {
        _check = CompiledSchemaCheck.Start(schema);
        try
        {
            if (model is not null)
            {
                ReadModel(plain, model, atRoot: true);
            }
            else
            {
                Observe(plain);
            }

            Walk(plain);
        }
#pragma warning disable CA1031 // Whatever goes wrong here, the framework's pass decides the document, and reports it.
        catch (Exception)
#pragma warning restore CA1031
        {
            _deferred = true;
        }

        _deferred |= _issues.Count > 0 || !_check.Completed || model is { Bericht: null };
        return _deferred ? null : Result();
    }
    private static ElementPath TakePath()
    {
        var path = t_sparePath ?? new ElementPath();
        t_sparePath = null;
        return path;
    }

    private Level1Result Result() => new(_identity, _issues.ToList());

    private static bool MoveToRoot(XmlReader reader)
    {
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Reads the model through the validating reader. Whatever stops it early — the model cannot hold the document, or
    /// level 1 found an issue — the caller's walk then reads the rest, so level 1 sees the whole document either way.
    /// </summary>
    private void ReadModel(XmlReader validating, ModelPass model, bool atRoot)
    {
        var shared = new SharedPassReader(validating, this, atRoot);
        try
        {
            model.Bericht = BerichtReader.ReadValidated(shared);
        }
        catch (ModelAbandonedException)
        {
            // Level 1 has an issue: the model would be dropped anyway.
        }
        catch (BerichtReadException ex)
        {
            model.Failure = ex;
        }
        catch (XmlException ex) when (!ReferenceEquals(ex, shared.ReaderFailure))
        {
            // The model reader met a node where it expected another; the document itself read fine so far.
            model.Failure = BerichtReader.NotWellFormed(ex);
        }
    }

    private void Walk(XmlReader reader)
    {
        while (!_deferred && reader.Read())
        {
            Observe(reader);
        }
    }

    /// <summary>Level 1's bookkeeping for the node the reader has just reached.</summary>
    public void Observe(XmlReader reader)
    {
        if (_check is not null && !_check.Step(reader))
        {
            _deferred = true;
        }

        switch (reader.NodeType)
        {
            case XmlNodeType.Element:
                if (reader.Depth >= options.MaxElementDepth)
                {
                    throw new Level1Rejection(Level1Codes.Xml, $"The document nests elements more than {options.MaxElementDepth} levels deep; iStandaarden messages are far shallower.", Line(reader), Column(reader));
                }

                var frame = _path.Enter(reader.LocalName, reader.Depth, reader.SchemaInfo?.SchemaElement);
                frame.KeepText = IsXsdVersie(frame);
                if (reader.IsEmptyElement)
                {
                    CheckXsdVersie(reader, frame);
                }

                break;
            case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace:
                if (_path.Current is { KeepText: true } text)
                {
                    text.AppendText(reader.Value);
                }

                break;
            case XmlNodeType.EndElement:
                if (_path.Current is { } closing)
                {
                    CheckXsdVersie(reader, closing);
                }

                _path.Truncate(reader.Depth);
                break;
        }
    }

    /// <summary>The header's XsdVersie must lie within the pack's accepted range: a receiver cannot validate a message made with another XSD version.</summary>
    private void CheckXsdVersie(XmlReader reader, ElementPath.Frame frame)
    {
        if (_schema is null || !IsXsdVersie(frame))
        {
            return;
        }

        var range = frame.LocalName switch
        {
            "BerichtXsdVersie" => _schema.BerichtXsdVersie,
            "BasisschemaXsdVersie" => _schema.BasisschemaXsdVersie,
            _ => null,
        };
        if (range is null || !XsdVersion.TryParse(frame.Text, out var version) || range.Contains(version))
        {
            return;
        }

        var name = frame.LocalName;
        _issues.Add(Issue(
            Level1Codes.Xsd,
            _path.Render(4),
            reader,
            $"{name} {version} is not accepted for {_schema.Identity}: this receiver validates with XSD version {range.Current} and accepts {name} {range} (appinfo {name.Replace("Versie", "MinVersie", StringComparison.Ordinal)} to {name.Replace("Versie", "MaxVersie", StringComparison.Ordinal)}). A message made with another XSD version cannot be validated here."));
    }

    /// <summary>
    /// True for /Bericht/Header/XsdVersie/BerichtXsdVersie and …/BasisschemaXsdVersie (without indexes) when
    /// <paramref name="frame"/> is the innermost open element: the only elements whose text level 1 reads.
    /// </summary>
    private bool IsXsdVersie(ElementPath.Frame frame) =>
        _path.Depth == 4
        && frame.LocalName is "BerichtXsdVersie" or "BasisschemaXsdVersie"
        && _path.StartsWith(XsdVersieParent);

    /// <summary>The one handler of every cached validating settings: forwards to the run reading on this thread.</summary>
    internal static void Dispatch(object? sender, ValidationEventArgs e) =>
        (t_current ?? throw new InvalidOperationException("A validation event arrived outside a level-1 run.")).OnValidationEvent(sender, e);

    private void OnValidationEvent(object? sender, ValidationEventArgs e)
    {
        var reader = sender as XmlReader;
        string? path = null;
        string? element = null;
        XmlSchemaType? type = null;
        if (reader is not null)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    var declaration = reader.SchemaInfo?.SchemaElement;
                    path = _path.Render(reader.Depth, reader.LocalName, declaration?.MaxOccurs > 1);
                    element = reader.LocalName;
                    type = declaration?.ElementSchemaType ?? reader.SchemaInfo?.SchemaType;
                    break;
                case XmlNodeType.EndElement:
                    path = _path.Render(reader.Depth + 1);
                    element = reader.LocalName;
                    type = _path.Current?.Declaration?.ElementSchemaType;
                    break;
                default:
                    path = _path.Render(reader.Depth);
                    element = _path.Current?.LocalName;
                    type = _path.Current?.Declaration?.ElementSchemaType;
                    break;
            }
        }

        var message = XsdIssueText.Describe(e.Exception.Message, element, type);
        var rule = XsdIssueText.IsValueError(e.Exception.Message) ? XsdFacetRules.Find(element, type, XsdIssueText.FailedFacet(e.Exception.Message)) : null;
        var line = e.Exception.LineNumber > 0 ? e.Exception.LineNumber : Line(reader);
        var column = e.Exception.LinePosition > 0 ? e.Exception.LinePosition : Column(reader);
        if (e.Severity == XmlSeverityType.Warning)
        {
            message = "Schema warning, treated as an error: " + message;
        }

        _issues.Add(new ValidationIssue(1, Level1Codes.Xsd, null, path, line, column, message, rule));
    }

    private ValidationIssue FromXmlException(XmlException ex, XmlReader? reader)
    {
        var line = ex.LineNumber > 0 ? ex.LineNumber : Line(reader);
        var column = ex.LinePosition > 0 ? ex.LinePosition : Column(reader);
        if (ex.Message.Contains("DTD", StringComparison.Ordinal) || ex.Message.Contains("DOCTYPE", StringComparison.OrdinalIgnoreCase))
        {
            return new ValidationIssue(1, Level1Codes.Xml, null, null, line, column, DoctypeMessage);
        }

        var text = XsdIssueText.Redact(XsdIssueText.Simplify(ex.Message));
        return new ValidationIssue(1, Level1Codes.Xml, null, CurrentPath(reader), line, column, "The document is not well-formed XML: " + text);
    }

    private string? CurrentPath(XmlReader? reader) =>
        reader is null || _path.Depth == 0 ? null : _path.Render(_path.Depth);

    private ValidationIssue Issue(string code, string? path, XmlReader reader, string message) =>
        new(1, code, null, path, Line(reader), Column(reader), message);

    private static int? Line(XmlReader? reader) => reader is IXmlLineInfo { LineNumber: > 0 } info ? info.LineNumber : null;

    private static int? Column(XmlReader? reader) => reader is IXmlLineInfo { LinePosition: > 0 } info ? info.LinePosition : null;
}
