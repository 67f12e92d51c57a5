using System.Globalization;
using System.Text;
using System.Xml.Schema;

namespace Gateway.Messages.Validation;

/// <summary>
/// The absolute element path of the node a streaming reader is on, e.g.
/// /Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]/Einddatum: local names, with a 1-based
/// index on elements that may occur more than once (by declaration, or — without one — once a
/// same-named sibling has been seen). A segment without index means [1].
/// </summary>
internal sealed class ElementPath
{
    /// <summary>Text of a leaf element is kept only up to this length (for messages), so memory stays bounded.</summary>
    private const int MaxTextKept = 256;

    private readonly List<Frame> _frames = [];

    public int Depth => _frames.Count;

    /// <summary>The innermost open element, or null before the root.</summary>
    public Frame? Current => _frames.Count > 0 ? _frames[^1] : null;

    /// <summary>Opens an element at <paramref name="depth"/> (0 = root); closes anything deeper first.</summary>
    public Frame Enter(string localName, int depth, XmlSchemaElement? declaration)
    {
        Truncate(depth);
        var index = NextIndex(localName, depth);
        if (depth > 0)
        {
            _frames[depth - 1].CountChild(localName);
        }

        var frame = new Frame(localName, index, index > 1 || declaration?.MaxOccurs > 1, declaration);
        _frames.Add(frame);
        return frame;
    }

    /// <summary>Closes elements until <paramref name="depth"/> are open.</summary>
    public void Truncate(int depth)
    {
        if (_frames.Count > depth)
        {
            _frames.RemoveRange(depth, _frames.Count - depth);
        }
    }

    /// <summary>The index the next element named <paramref name="localName"/> at <paramref name="depth"/> would get.</summary>
    public int NextIndex(string localName, int depth) =>
        depth == 0 ? 1 : _frames[depth - 1].ChildCount(localName) + 1;

    /// <summary>Path of the open elements 0..<paramref name="depth"/> (exclusive), plus an optional element not yet entered.</summary>
    public string Render(int depth, string? pendingName = null, bool pendingIndexed = false)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < Math.Min(depth, _frames.Count); i++)
        {
            _frames[i].AppendTo(sb);
        }

        if (pendingName is not null)
        {
            var index = NextIndex(pendingName, Math.Min(depth, _frames.Count));
            sb.Append('/').Append(pendingName);
            if (pendingIndexed || index > 1)
            {
                sb.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
        }

        return sb.ToString();
    }

    /// <summary>One open element.</summary>
    internal sealed class Frame(string localName, int index, bool indexed, XmlSchemaElement? declaration)
    {
        private Dictionary<string, int>? _children;
        private StringBuilder? _text;

        public string LocalName { get; } = localName;

        public int Index { get; } = index;

        public XmlSchemaElement? Declaration { get; } = declaration;

        /// <summary>The element's text so far (capped), for value messages and the XsdVersie check.</summary>
        public string Text => _text?.ToString() ?? string.Empty;

        public void AppendText(string value)
        {
            _text ??= new StringBuilder();
            var room = MaxTextKept - _text.Length;
            if (room > 0)
            {
                _text.Append(value.AsSpan(0, Math.Min(room, value.Length)));
            }
        }

        public int ChildCount(string name) => _children?.GetValueOrDefault(name) ?? 0;

        public void CountChild(string name)
        {
            _children ??= new Dictionary<string, int>(StringComparer.Ordinal);
            _children[name] = ChildCount(name) + 1;
        }

        public void AppendTo(StringBuilder sb)
        {
            sb.Append('/').Append(LocalName);
            if (indexed)
            {
                sb.Append('[').Append(Index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
        }
    }
}
