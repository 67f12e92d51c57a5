using System.Xml;
using System.Xml.Linq;
using System.Xml.Xsl;

namespace Gateway.Bench.Conformance;

/// <summary>
/// The official level-2 XSLTs (XSLT 1.0), compiled once and run on a message: the rule codes of the Fout elements
/// of the report they write. No scripts, no document(), no resolver: the stylesheets need none.
/// </summary>
internal sealed class OfficialXslt
{
    private readonly Dictionary<string, XslCompiledTransform> _byStandard;

    private OfficialXslt(Dictionary<string, XslCompiledTransform> byStandard) => _byStandard = byStandard;

    public IReadOnlyCollection<string> Standards => _byStandard.Keys;

    /// <summary>Finds the iJw ("JW" in the name) and iWmo ("WMO" or "all_merged") stylesheets in the folder.</summary>
    public static OfficialXslt Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"--xslt {folder}: no such folder.");
        }

        var files = Directory.GetFiles(folder, "*.xsl");
        var found = new Dictionary<string, XslCompiledTransform>(StringComparer.Ordinal);
        AddFirst(found, "ijw", files.Where(f => Name(f).Contains("jw", StringComparison.OrdinalIgnoreCase) && !IsWmo(f)));
        AddFirst(found, "iwmo", files.Where(IsWmo));
        return found.Count > 0
            ? new OfficialXslt(found)
            : throw new FileNotFoundException($"--xslt {folder}: no stylesheet named like 'alle regels JW 3.2.xsl' or 'all_merged.xsl'.");
    }

    /// <summary>The distinct rule codes the stylesheet reports for the message, or null when it has none for its standard.</summary>
    public SortedSet<string>? Codes(string standard, byte[] message)
    {
        if (!_byStandard.TryGetValue(standard, out var transform))
        {
            return null;
        }

        var output = new XDocument();
        using (var reader = XmlReader.Create(new MemoryStream(message), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }))
        using (var writer = output.CreateWriter())
        {
            transform.Transform(reader, null, writer);
        }

        var codes = output.Descendants()
            .Where(e => e.Name.LocalName == "Code" && e.Parent?.Name.LocalName == "Fout")
            .Select(e => e.Value.Trim());
        return new SortedSet<string>(codes, StringComparer.Ordinal);
    }

    private static void AddFirst(Dictionary<string, XslCompiledTransform> found, string standard, IEnumerable<string> candidates)
    {
        // The whole rule set ("alle regels …", "all_merged …") before a partial one ("TR-CD-CS regels …").
        var file = candidates
            .OrderBy(f => Name(f).StartsWith("all", StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(f => f, StringComparer.Ordinal)
            .FirstOrDefault();
        if (file is null)
        {
            return;
        }

        var transform = new XslCompiledTransform();
        transform.Load(file, XsltSettings.Default, null);
        found.Add(standard, transform);
    }

    private static bool IsWmo(string file) =>
        Name(file).Contains("wmo", StringComparison.OrdinalIgnoreCase) || Name(file).Contains("all_merged", StringComparison.OrdinalIgnoreCase);

    private static string Name(string file) => Path.GetFileName(file);
}
