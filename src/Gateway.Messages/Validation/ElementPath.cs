using System.Globalization;
using System.Text;
using System.Xml.Schema;
using Gateway.Messages.Privacy;

namespace Gateway.Messages.Validation;

/// <summary>
/// The absolute element path of the node a streaming reader is on, e.g.
/// /Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]/Einddatum: local names, with a 1-based
/// index on elements that may occur more than once (by declaration, or — without one — once a
/// same-named sibling has been seen). A segment without index means [1].
/// </summary>
/// <remarks>
/// Kept cheap because it runs for every element: one reusable <see cref="Frame"/> per depth (name, index,
/// declaration, counts of the children seen so far), no allocation per element once the depths are reached; the
/// string path is built only by <see cref="Render"/>, i.e. when an issue is reported. Text is kept only for frames
/// marked by <see cref="Frame.KeepText"/>.
/// </remarks>
internal sealed class ElementPath
{
    /// <summary>Text of a leaf element is kept only up to this length (for messages), so memory stays bounded.</summary>
    private const int MaxTextKept = 256;

    private Frame[] _frames = new Frame[16];
    private int _depth;

    public int Depth => _depth;

    /// <summary>The innermost open element, or null before the root.</summary>
    public Frame? Current => _depth > 0 ? _frames[_depth - 1] : null;

    /// <summary>The open element at <paramref name="depth"/> (0 = root); <paramref name="depth"/> &lt; <see cref="Depth"/>.</summary>
    public Frame this[int depth] => _frames[depth];

    /// <summary>Opens an element at <paramref name="depth"/> (0 = root); closes anything deeper first.</summary>
    public Frame Enter(string localName, int depth, XmlSchemaElement? declaration)
    {
        Truncate(depth);
        var index = NextIndex(localName, depth);
        if (depth > 0)
        {
            _frames[depth - 1].CountChild(localName);
        }

        if (_depth == _frames.Length)
        {
            Array.Resize(ref _frames, _frames.Length * 2);
        }

        var frame = _frames[_depth] ??= new Frame();
        frame.Reset(localName, index, index > 1 || declaration?.MaxOccurs > 1, declaration);
        _depth++;
        return frame;
    }

    /// <summary>Closes every element, so the path can be reused for the next document.</summary>
    public void Clear() => _depth = 0;

    /// <summary>Closes elements until <paramref name="depth"/> are open.</summary>
    public void Truncate(int depth)
    {
        if (_depth > depth)
        {
            _depth = depth;
        }
    }

    /// <summary>The index the next element named <paramref name="localName"/> at <paramref name="depth"/> would get.</summary>
    public int NextIndex(string localName, int depth) =>
        depth == 0 ? 1 : _frames[depth - 1].ChildCount(localName) + 1;

    /// <summary>Path of the open elements 0..<paramref name="depth"/> (exclusive), plus an optional element not yet entered.</summary>
    public string Render(int depth, string? pendingName = null, bool pendingIndexed = false)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < Math.Min(depth, _depth); i++)
        {
            _frames[i].AppendTo(sb);
        }

        if (pendingName is not null)
        {
            var index = NextIndex(pendingName, Math.Min(depth, _depth));
            sb.Append('/').Append(EchoText.Value(pendingName));
            if (pendingIndexed || index > 1)
            {
                sb.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// True when the open elements 0..<paramref name="names"/>.Length are exactly these names without index,
    /// i.e. <see cref="Render"/>(names.Length) would be "/" + string.Join("/", names) — without building it.
    /// </summary>
    public bool StartsWith(ReadOnlySpan<string> names)
    {
        if (_depth < names.Length)
        {
            return false;
        }

        for (var i = 0; i < names.Length; i++)
        {
            if (_frames[i].Indexed || !string.Equals(_frames[i].LocalName, names[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>One open element; reused for the next element at the same depth.</summary>
    internal sealed class Frame
    {
        /// <summary>
        /// Distinct child names counted in arrays (linear search; real message elements have fewer than 20 child
        /// names) before switching to a dictionary, so a hostile document with thousands of names stays linear.
        /// </summary>
        private const int InlineChildNames = 32;

        private readonly string?[] _childNames = new string?[InlineChildNames];
        private readonly int[] _childCounts = new int[InlineChildNames];
        private int _childNameCount;
        private Dictionary<string, int>? _manyChildren;
        private StringBuilder? _text;

        public string LocalName { get; private set; } = string.Empty;

        public int Index { get; private set; }

        public bool Indexed { get; private set; }

        public XmlSchemaElement? Declaration { get; private set; }

        /// <summary>Whether <see cref="AppendText"/> keeps text for this element (off by default: nothing is copied).</summary>
        public bool KeepText { get; set; }

        /// <summary>The element's kept text so far (capped), for the XsdVersie check; empty unless <see cref="KeepText"/>.</summary>
        public string Text => _text is { Length: > 0 } ? _text.ToString() : string.Empty;

        public void Reset(string localName, int index, bool indexed, XmlSchemaElement? declaration)
        {
            LocalName = localName;
            Index = index;
            Indexed = indexed;
            Declaration = declaration;
            KeepText = false;
            _text?.Clear();
            Array.Clear(_childNames, 0, _childNameCount);
            _childNameCount = 0;
            _manyChildren = null;
        }

        public void AppendText(string value)
        {
            if (!KeepText)
            {
                return;
            }

            _text ??= new StringBuilder();
            var room = MaxTextKept - _text.Length;
            if (room > 0)
            {
                _text.Append(value.AsSpan(0, Math.Min(room, value.Length)));
            }
        }

        public int ChildCount(string name)
        {
            if (_manyChildren is not null)
            {
                return _manyChildren.GetValueOrDefault(name);
            }

            var i = Find(name);
            return i >= 0 ? _childCounts[i] : 0;
        }

        public void CountChild(string name)
        {
            if (_manyChildren is not null)
            {
                _manyChildren[name] = _manyChildren.GetValueOrDefault(name) + 1;
                return;
            }

            var i = Find(name);
            if (i >= 0)
            {
                _childCounts[i]++;
                return;
            }

            if (_childNameCount < InlineChildNames)
            {
                _childNames[_childNameCount] = name;
                _childCounts[_childNameCount] = 1;
                _childNameCount++;
                return;
            }

            _manyChildren = new Dictionary<string, int>(StringComparer.Ordinal) { [name] = 1 };
            for (var k = 0; k < _childNameCount; k++)
            {
                _manyChildren[_childNames[k]!] = _childCounts[k];
            }
        }

        public void AppendTo(StringBuilder sb)
        {
            sb.Append('/').Append(LocalName.Length > EchoText.MaxLength ? EchoText.Value(LocalName) : LocalName);
            if (Indexed)
            {
                sb.Append('[').Append(Index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
        }

        // Names come from the reader's name table, so the same name is usually the same instance; Equals checks that first.
        private int Find(string name)
        {
            for (var i = 0; i < _childNameCount; i++)
            {
                if (string.Equals(_childNames[i], name, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
