using System.Text;
using System.Xml;

namespace Gateway.Messages.Model;

/// <summary>
/// One element of a message as the model reader keeps it: its name, its text and its child elements. The model only
/// looks children up by name and reads leaf text, so this holds what an XElement would give it (text of Text, CDATA and
/// whitespace nodes, concatenated; child elements in document order) and nothing else: no attributes, comments or
/// processing instructions. The names are the reader's own atomised strings and the children a chain of siblings, so
/// an element costs one small object and a 5 KB message a few kilobytes instead of an XElement tree's tens.
/// </summary>
internal sealed class MessageElement(string localName, string namespaceUri)
{
    private object? _text;
    private MessageElement? _lastChild;
    private int _childCount;

    /// <summary>Text that follows a child element (mixed content, never valid in a message): after how many children, and the text.</summary>
    private List<(int AfterChildren, string Text)>? _textBetween;

    public string LocalName { get; } = localName;

    public string NamespaceUri { get; } = namespaceUri;

    /// <summary>The first child element, or null; the others follow through <see cref="NextSibling"/>.</summary>
    public MessageElement? FirstChild { get; private set; }

    /// <summary>The next element with the same parent, or null.</summary>
    public MessageElement? NextSibling { get; private set; }

    /// <summary>Set once a mapping has looked this element up by name (see <see cref="ElementNode.Done"/>).</summary>
    public bool Taken { get; set; }

    public bool HasElements => FirstChild is not null;

    /// <summary>The text of this element and its descendants, in document order (as XElement.Value).</summary>
    public string Value
    {
        get
        {
            if (FirstChild is null)
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

    public void Add(MessageElement child)
    {
        if (_lastChild is null)
        {
            FirstChild = child;
        }
        else
        {
            _lastChild.NextSibling = child;
        }

        _lastChild = child;
        _childCount++;
    }

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

        // The open elements below `element`, innermost first: each element's parent is the one before it.
        var open = new List<MessageElement>();
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
                        open.Add(current);
                        current = child;
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                    current.AppendText(reader.Value);
                    break;
                case XmlNodeType.EntityReference:
                    throw new InvalidOperationException("The reader left an entity reference unresolved.");
                case XmlNodeType.EndElement:
                    if (open.Count == 0)
                    {
                        reader.Read();
                        return element;
                    }

                    current = open[^1];
                    open.RemoveAt(open.Count - 1);
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
        if (_childCount > 0)
        {
            (_textBetween ??= []).Add((_childCount, text));
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
        var after = 0;
        for (var child = FirstChild; child is not null; child = child.NextSibling)
        {
            child.AppendValue(text);
            after++;
            for (; _textBetween is not null && between < _textBetween.Count && _textBetween[between].AfterChildren == after; between++)
            {
                text.Append(_textBetween[between].Text);
            }
        }
    }
}
