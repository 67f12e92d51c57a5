using System.Text;
using System.Xml;

namespace Gateway.Messages.Model;

/// <summary>
/// One element of a message as the model reader keeps it: its name, its text and its child elements. The model only
/// looks children up by name and reads leaf text, so this holds what an XElement would give it (text of Text, CDATA and
/// whitespace nodes, concatenated; child elements in document order) and nothing else: no attributes, comments or
/// processing instructions, and the names are the reader's own atomised strings, so a 5 KB message costs a few
/// kilobytes instead of an XElement tree's tens.
/// </summary>
internal sealed class MessageElement(string localName, string namespaceUri)
{
    private object? _text;
    private List<MessageElement>? _children;

    /// <summary>Text that follows a child element (mixed content, never valid in a message): after how many children, and the text.</summary>
    private List<(int AfterChildren, string Text)>? _textBetween;

    public string LocalName { get; } = localName;

    public string NamespaceUri { get; } = namespaceUri;

    /// <summary>Set once a mapping has looked this element up by name (see <see cref="ElementNode.Done"/>).</summary>
    public bool Taken { get; set; }

    public bool HasElements => _children is { Count: > 0 };

    public IReadOnlyList<MessageElement> Children => (IReadOnlyList<MessageElement>?)_children ?? [];

    /// <summary>The text of this element and its descendants, in document order (as XElement.Value).</summary>
    public string Value
    {
        get
        {
            if (_children is null)
            {
                return _text as string ?? (_text as StringBuilder)?.ToString() ?? string.Empty;
            }

            var text = new StringBuilder();
            AppendValue(text);
            return text.ToString();
        }
    }

    public bool Is(string localName, string namespaceUri) =>
        string.Equals(LocalName, localName, StringComparison.Ordinal) && string.Equals(NamespaceUri, namespaceUri, StringComparison.Ordinal);

    public void Add(MessageElement child) => (_children ??= []).Add(child);

    /// <summary>
    /// Reads the element the reader is on, with everything inside it, and leaves the reader after its end (as
    /// XNode.ReadFrom does for an element).
    /// </summary>
    public static MessageElement ReadFrom(XmlReader reader)
    {
        if (reader.ReadState != ReadState.Interactive || reader.NodeType != XmlNodeType.Element)
        {
            throw new InvalidOperationException("The reader must be on an element.");
        }

        var element = new MessageElement(reader.LocalName, reader.NamespaceURI);
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return element;
        }

        var open = new Stack<MessageElement>();
        var current = element;
        reader.Read();
        while (true)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    var child = new MessageElement(reader.LocalName, reader.NamespaceURI);
                    current.Add(child);
                    if (!reader.IsEmptyElement)
                    {
                        open.Push(current);
                        current = child;
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                    current.AppendText(reader.Value);
                    break;
                case XmlNodeType.EntityReference:
                    throw new InvalidOperationException("The reader left an entity reference unresolved.");
                case XmlNodeType.EndElement:
                    if (!open.TryPop(out var parent))
                    {
                        reader.Read();
                        return element;
                    }

                    current = parent;
                    break;
            }

            if (!reader.Read())
            {
                // The reader ended inside the element (a reader over a fragment): keep what was read.
                return element;
            }
        }
    }

    private void AppendText(string text)
    {
        if (_children is { Count: > 0 })
        {
            (_textBetween ??= []).Add((_children.Count, text));
            return;
        }

        switch (_text)
        {
            case null:
                _text = text;
                break;
            case string first:
                _text = new StringBuilder(first).Append(text);
                break;
            case StringBuilder more:
                more.Append(text);
                break;
        }
    }

    private void AppendValue(StringBuilder text)
    {
        switch (_text)
        {
            case string s:
                text.Append(s);
                break;
            case StringBuilder more:
                text.Append(more);
                break;
        }

        var between = 0;
        var children = _children ?? [];
        for (var i = 0; i < children.Count; i++)
        {
            children[i].AppendValue(text);
            for (; _textBetween is not null && between < _textBetween.Count && _textBetween[between].AfterChildren == i + 1; between++)
            {
                text.Append(_textBetween[between].Text);
            }
        }
    }
}
