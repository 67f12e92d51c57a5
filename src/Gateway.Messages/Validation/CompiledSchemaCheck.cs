using System.Xml;
using System.Xml.Schema;

namespace Gateway.Messages.Validation;

/// <summary>
/// One document checked against a <see cref="CompiledSchema"/>, node by node as a plain reader reaches them. It can
/// only vouch for a document: <see cref="Step"/> returns false for anything wrong, unusual (an attribute other than a
/// namespace declaration, CDATA, a comment inside a value, whitespace-only values) or outside the subset, and the
/// document is then validated again by the framework's validating reader, which gives the issues their texts.
/// </summary>
internal sealed class CompiledSchemaCheck
{
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    /// <summary>A check left by the last document on this thread: its frames are reused.</summary>
    [ThreadStatic]
    private static CompiledSchemaCheck? t_spare;

    private Frame[] _frames = new Frame[16];
    private int _depth;
    private CompiledSchema _schema = null!;

    /// <summary>True once the root element has been closed with every check passed.</summary>
    public bool Completed { get; private set; }

    private CompiledSchemaCheck()
    {
    }

    /// <summary>A check of one document against <paramref name="schema"/>; give it back with <see cref="Release"/>.</summary>
    public static CompiledSchemaCheck Start(CompiledSchema schema)
    {
        var check = t_spare ?? new CompiledSchemaCheck();
        t_spare = null;
        check._schema = schema;
        check._depth = 0;
        check.Completed = false;
        return check;
    }

    /// <summary>Lets the next document on this thread reuse this check's frames.</summary>
    public void Release()
    {
        for (var i = 0; i < _depth; i++)
        {
            _frames[i].Text = null;
        }

        _depth = 0;
        t_spare = this;
    }

    /// <summary>Checks the node <paramref name="reader"/> is on; false when the check cannot vouch for the document.</summary>
    public bool Step(XmlReader reader)
    {
        switch (reader.NodeType)
        {
            case XmlNodeType.Element:
                return Open(reader);
            case XmlNodeType.EndElement:
                return _depth > 0 && Close(_frames[--_depth]);
            case XmlNodeType.Text:
                return _depth > 0 && _frames[_depth - 1].Rule.Datatype is not null && Append(reader.Value);
            case XmlNodeType.Whitespace:
                // Between elements it is nothing; inside a value it is part of the value.
                return _depth == 0 || _frames[_depth - 1].Rule.Datatype is null || Append(reader.Value);
            case XmlNodeType.Comment or XmlNodeType.ProcessingInstruction:
                return _depth == 0 || _frames[_depth - 1].Rule.Datatype is null;
            case XmlNodeType.XmlDeclaration:
                return _depth == 0;
            default:
                return false;
        }
    }

    private bool Open(XmlReader reader)
    {
        if (Completed || (reader.HasAttributes && !OnlyNamespaceDeclarations(reader)))
        {
            return false;
        }

        CompiledSchema.ElementRule? rule;
        if (_depth == 0)
        {
            rule = _schema.Root(reader.LocalName, reader.NamespaceURI);
        }
        else
        {
            rule = _frames[_depth - 1].Match(reader.LocalName, reader.NamespaceURI);
        }

        if (rule is null)
        {
            return false;
        }

        if (_depth == _frames.Length)
        {
            Array.Resize(ref _frames, _frames.Length * 2);
        }

        var frame = _frames[_depth] ??= new Frame();
        frame.Reset(rule);
        if (reader.IsEmptyElement)
        {
            return Close(frame);
        }

        _depth++;
        return true;
    }

    private bool Append(string text)
    {
        var frame = _frames[_depth - 1];
        frame.Text = frame.Text is null ? text : string.Concat(frame.Text, text);
        return true;
    }

    private bool Close(Frame frame)
    {
        if (_depth == 0)
        {
            Completed = true;
        }

        var passed = frame.Rule.Datatype is { } datatype ? IsValue(frame.Rule, datatype, frame.Text ?? string.Empty) : frame.Complete();
        frame.Text = null;
        return passed;
    }

    /// <summary>
    /// The framework's own check of a value (whitespace handling, every facet, its pattern dialect), as the validating
    /// reader makes it; an enumeration's literals were checked so once, when the schema was compiled. A value of
    /// whitespace alone is left to the framework: its reader may show such text as a node that the model reader would
    /// keep, where the plain reader shows one it skips.
    /// </summary>
    private static bool IsValue(CompiledSchema.ElementRule rule, XmlSchemaDatatype datatype, string value)
    {
        if (value.Length > 0 && string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        if (rule.Accepted?.Contains(value) == true)
        {
            return true;
        }

        try
        {
            datatype.ParseValue(value, null, null);
            return true;
        }
        catch (XmlSchemaException)
        {
            return false;
        }
    }

    private static bool OnlyNamespaceDeclarations(XmlReader reader)
    {
        var only = true;
        for (var i = 0; only && i < reader.AttributeCount; i++)
        {
            reader.MoveToAttribute(i);
            only = ReferenceEquals(reader.NamespaceURI, XmlnsNamespace) || reader.NamespaceURI == XmlnsNamespace;
        }

        reader.MoveToElement();
        return only;
    }

    /// <summary>An open element: its rule, how far its sequence has come, and the text of a value so far.</summary>
    private sealed class Frame
    {
        private int _index;
        private int _count;

        public CompiledSchema.ElementRule Rule { get; private set; } = null!;

        public string? Text { get; set; }

        public void Reset(CompiledSchema.ElementRule rule)
        {
            Rule = rule;
            Text = null;
            _index = 0;
            _count = 0;
        }

        /// <summary>The rule of the child named, advancing through the sequence; null when it may not come here.</summary>
        public CompiledSchema.ElementRule? Match(string localName, string ns)
        {
            var children = Rule.Children;
            if (children is null)
            {
                return null;
            }

            while (_index < children.Length)
            {
                var particle = children[_index];
                if (string.Equals(particle.LocalName, localName, StringComparison.Ordinal) && string.Equals(particle.Namespace, ns, StringComparison.Ordinal))
                {
                    // Names are unique within a sequence: once this particle is full, the child may not come at all.
                    return _count < particle.Max ? Count(particle) : null;
                }

                if (_count < particle.Min)
                {
                    return null;
                }

                _index++;
                _count = 0;
            }

            return null;
        }

        /// <summary>True when every particle not yet passed has had its minimum.</summary>
        public bool Complete()
        {
            var children = Rule.Children!;
            for (var i = _index; i < children.Length; i++)
            {
                if ((i == _index ? _count : 0) < children[i].Min)
                {
                    return false;
                }
            }

            return true;
        }

        private CompiledSchema.ElementRule Count(CompiledSchema.Particle particle)
        {
            _count++;
            return particle.Rule;
        }
    }
}
