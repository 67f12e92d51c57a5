using System.Xml;
using System.Xml.Schema;

namespace Gateway.Messages.Validation;

/// <summary>
/// The validating reader as the model reader sees it, so that level 1 and the model share one parse: every node the
/// validating reader reaches is first shown to the level-1 run (path, XsdVersie, depth), exactly as its own walk
/// would; the model reader is then shown the nodes its own safe settings would give it (no comments, processing
/// instructions or insignificant whitespace).
/// </summary>
/// <remarks>
/// As soon as level 1 has found an issue (or the compiled check gave up), the next read throws <see cref="ModelAbandonedException"/>: the model of an
/// invalid document is never used, and a reader that no longer follows the schema must not be asked to make sense of
/// it. An <see cref="XmlException"/> of the underlying reader is remembered, so the caller can tell a document that
/// is not well-formed (a level-1 issue) from a node the model reader refused.
/// With <c>atRoot</c> the reader is a plain one standing on the root (the compiled check's pass): its first read shows
/// that root instead of moving past it, as a validating reader over it would.
/// </remarks>
internal sealed class SharedPassReader(XmlReader validating, Level1Run run, bool atRoot) : XmlReader
{
    /// <summary>
    /// Until the first read, the validating reader shows the node its source is on (the root, found by level 1), but
    /// has not validated it yet; the model reader must see a reader that has not started.
    /// </summary>
    private bool _started;

    public XmlException? ReaderFailure { get; private set; }

    public override int AttributeCount => validating.AttributeCount;

    public override string BaseURI => validating.BaseURI;

    public override int Depth => validating.Depth;

    public override bool EOF => validating.EOF;

    public override bool HasValue => validating.HasValue;

    public override bool IsDefault => validating.IsDefault;

    public override bool IsEmptyElement => validating.IsEmptyElement;

    public override string LocalName => validating.LocalName;

    public override string Name => validating.Name;

    public override string NamespaceURI => validating.NamespaceURI;

    public override XmlNameTable NameTable => validating.NameTable;

    public override XmlNodeType NodeType => _started ? validating.NodeType : XmlNodeType.None;

    public override string Prefix => validating.Prefix;

    public override ReadState ReadState => _started ? validating.ReadState : ReadState.Initial;

    public override IXmlSchemaInfo? SchemaInfo => validating.SchemaInfo;

    public override string Value => validating.Value;

    public override string XmlLang => validating.XmlLang;

    public override XmlSpace XmlSpace => validating.XmlSpace;

    public override bool Read()
    {
        _started = true;
        while (true)
        {
            bool read;
            try
            {
                read = atRoot || validating.Read();
                atRoot = false;
            }
            catch (XmlException ex)
            {
                ReaderFailure = ex;
                throw;
            }

            if (!read)
            {
                return false;
            }

            run.Observe(validating);
            if (run.Stopped)
            {
                throw new ModelAbandonedException();
            }

            // What BerichtReader's own settings (IgnoreComments, IgnoreProcessingInstructions, IgnoreWhitespace) drop.
            if (validating.NodeType is not (XmlNodeType.Comment or XmlNodeType.ProcessingInstruction or XmlNodeType.Whitespace))
            {
                return true;
            }
        }
    }

    public override string GetAttribute(int i) => validating.GetAttribute(i);

    public override string? GetAttribute(string name) => validating.GetAttribute(name);

    public override string? GetAttribute(string name, string? namespaceURI) => validating.GetAttribute(name, namespaceURI);

    public override string? LookupNamespace(string prefix) => validating.LookupNamespace(prefix);

    public override void MoveToAttribute(int i) => validating.MoveToAttribute(i);

    public override bool MoveToAttribute(string name) => validating.MoveToAttribute(name);

    public override bool MoveToAttribute(string name, string? ns) => validating.MoveToAttribute(name, ns);

    public override bool MoveToElement() => validating.MoveToElement();

    public override bool MoveToFirstAttribute() => validating.MoveToFirstAttribute();

    public override bool MoveToNextAttribute() => validating.MoveToNextAttribute();

    public override bool ReadAttributeValue() => validating.ReadAttributeValue();

    public override void ResolveEntity() => validating.ResolveEntity();
}
