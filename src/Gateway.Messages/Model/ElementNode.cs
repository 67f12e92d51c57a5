using System.Globalization;
using System.Xml.Linq;

namespace Gateway.Messages.Model;

/// <summary>
/// Reads the children of one materialised element by name, remembering which were taken, so that an element the model
/// cannot hold is reported with its path instead of being dropped silently.
/// </summary>
internal sealed class ElementNode
{
    private readonly XElement element;
    private readonly XNamespace childNamespace;
    private readonly XNamespace basisNamespace;
    private readonly HashSet<XName> taken = [];

    public ElementNode(XElement element, string path, XNamespace childNamespace, XNamespace basisNamespace)
    {
        this.element = element;
        Path = path;
        this.childNamespace = childNamespace;
        this.basisNamespace = basisNamespace;
    }

    public string Path { get; }

    /// <summary>A required child that is a class or container (its children are in the message namespace).</summary>
    public ElementNode Child(string name) => OptChild(name) ?? throw Missing(name);

    public ElementNode? OptChild(string name) => Wrap(Find(name), name, childNamespace);

    /// <summary>A required child of a composite datatype (its children are in the basisschema namespace).</summary>
    public ElementNode Cdt(string name) => OptCdt(name) ?? throw Missing(name);

    public ElementNode? OptCdt(string name) => Wrap(Find(name), name, basisNamespace);

    /// <summary>The repeating children of this container, with their 1-based indexed paths.</summary>
    public IReadOnlyList<ElementNode> Items(string name)
    {
        var xname = childNamespace + name;
        taken.Add(xname);
        var items = new List<ElementNode>();
        foreach (var child in element.Elements(xname))
        {
            items.Add(new ElementNode(child, ClassPaths.Item(Path, name, items.Count + 1), childNamespace, basisNamespace));
        }

        return items;
    }

    /// <summary>An optional container with 1..n items: null when the container is absent.</summary>
    public IReadOnlyList<T>? OptList<T>(string container, string item, Func<ElementNode, T> map)
    {
        var node = OptChild(container);
        if (node is null)
        {
            return null;
        }

        var list = node.Items(item).Select(map).ToList();
        node.Done();
        return list;
    }

    /// <summary>A required container with 1..n items.</summary>
    public IReadOnlyList<T> List<T>(string container, string item, Func<ElementNode, T> map) =>
        OptList(container, item, map) ?? throw Missing(container);

    /// <summary>The RetourCodes container: empty when absent.</summary>
    public IReadOnlyList<string> RetourCodes() =>
        OptList("RetourCodes", "RetourCode", n => n.Value) ?? [];

    public string Text(string name) => OptText(name) ?? throw Missing(name);

    public string? OptText(string name)
    {
        var child = Find(name);
        if (child is null)
        {
            return null;
        }

        if (child.HasElements)
        {
            throw new BerichtReadException(Path + "/" + name, "expected a simple value but found child elements");
        }

        return child.Value;
    }

    public long Long(string name) => OptLong(name) ?? throw Missing(name);

    public long? OptLong(string name) => Parse(name, OptText(name), static t =>
        long.TryParse(t.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : (long?)null, "an integer");

    public int Int(string name) => OptInt(name) ?? throw Missing(name);

    public int? OptInt(string name) => Parse(name, OptText(name), static t =>
        int.TryParse(t.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : (int?)null, "an integer");

    public DateOnly Date(string name) => OptDate(name) ?? throw Missing(name);

    public DateOnly? OptDate(string name) => Parse(name, OptText(name), static t =>
        DateOnly.TryParseExact(t.Trim(), XmlFormats.Date, CultureInfo.InvariantCulture, DateTimeStyles.None, out var v) ? v : (DateOnly?)null, "a date (yyyy-MM-dd)");

    public TimeOnly Time(string name) => Parse(name, OptText(name), static t =>
        TimeOnly.TryParseExact(t.Trim(), XmlFormats.TimeParse, CultureInfo.InvariantCulture, DateTimeStyles.None, out var v) ? v : (TimeOnly?)null, "a time (HH:mm:ss)")
        ?? throw Missing(name);

    /// <summary>The text of this element itself.</summary>
    public string Value => element.Value;

    /// <summary>Fails on the first child element that no mapping took.</summary>
    public void Done()
    {
        foreach (var child in element.Elements())
        {
            if (!taken.Contains(child.Name))
            {
                throw new BerichtReadException(Path + "/" + child.Name.LocalName, "element is not part of the model of this message");
            }
        }
    }

    public BerichtReadException Missing(string name) =>
        new(Path + "/" + name, "required element is missing");

    private XElement? Find(string name)
    {
        var xname = childNamespace + name;
        taken.Add(xname);
        XElement? found = null;
        foreach (var child in element.Elements(xname))
        {
            if (found is not null)
            {
                throw new BerichtReadException(Path + "/" + name, "element occurs more than once");
            }

            found = child;
        }

        return found;
    }

    private ElementNode? Wrap(XElement? child, string name, XNamespace grandchildNamespace) =>
        child is null ? null : new ElementNode(child, Path + "/" + name, grandchildNamespace, basisNamespace);

    private T? Parse<T>(string name, string? text, Func<string, T?> parse, string what)
        where T : struct
    {
        if (text is null)
        {
            return null;
        }

        return parse(text) ?? throw new BerichtReadException(Path + "/" + name, "value is not " + what);
    }
}
