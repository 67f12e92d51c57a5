using System.Globalization;
using System.Text;
using System.Xml;

namespace Gateway.Messages.Validation;

/// <summary>
/// Finds the line and column of absolute element paths (the format of <see cref="ValidationIssue.Path"/>)
/// in one streaming pass, for rules that only know paths. A segment without index means [1].
/// </summary>
public static class PathLocator
{
    /// <summary>The position of each path's start tag; paths not found are absent from the result.</summary>
    public static IReadOnlyDictionary<string, TextPosition> Locate(Stream document, IEnumerable<string> paths, long maxDocumentBytes = Level1Options.DefaultMaxDocumentBytes)
    {
        var wanted = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var path in paths.Distinct(StringComparer.Ordinal))
        {
            var key = Normalize(path);
            if (!wanted.TryGetValue(key, out var originals))
            {
                wanted[key] = originals = [];
            }

            originals.Add(path);
        }

        var found = new Dictionary<string, TextPosition>(StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            return found;
        }

        using var reader = XmlReader.Create(document, SafeXmlReaderSettings.Plain(maxDocumentBytes));
        var counts = new List<Dictionary<string, int>> { new(StringComparer.Ordinal) };
        var segments = new List<string>();
        var remaining = wanted.Count;
        while (remaining > 0 && reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            var depth = reader.Depth;
            segments.RemoveRange(depth, segments.Count - depth);
            counts.RemoveRange(depth + 1, counts.Count - depth - 1);
            var siblings = counts[depth];
            var index = siblings[reader.LocalName] = siblings.GetValueOrDefault(reader.LocalName) + 1;
            segments.Add(string.Create(CultureInfo.InvariantCulture, $"/{reader.LocalName}[{index}]"));
            counts.Add(new Dictionary<string, int>(StringComparer.Ordinal));

            var key = string.Concat(segments);
            if (wanted.Remove(key, out var originals))
            {
                remaining--;
                var info = (IXmlLineInfo)reader;
                foreach (var original in originals)
                {
                    found[original] = new TextPosition(info.LineNumber, info.LinePosition);
                }
            }
        }

        return found;
    }

    /// <summary>Convenience for a document held in memory.</summary>
    public static IReadOnlyDictionary<string, TextPosition> Locate(byte[] document, IEnumerable<string> paths)
    {
        using var stream = new MemoryStream(document, writable: false);
        return Locate(stream, paths, Math.Max(document.LongLength, 1));
    }

    /// <summary>"/Bericht/Client/X[2]/Y" → "/Bericht[1]/Client[1]/X[2]/Y[1]".</summary>
    internal static string Normalize(string path)
    {
        var sb = new StringBuilder();
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            sb.Append('/').Append(segment);
            if (!segment.EndsWith(']'))
            {
                sb.Append("[1]");
            }
        }

        return sb.ToString();
    }
}
