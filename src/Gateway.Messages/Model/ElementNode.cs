using System.Globalization;

namespace Gateway.Messages.Model;

/// <summary>
/// Reads the children of one materialised element by name, marking each child it takes, so that an element the model
/// cannot hold is reported with its path instead of being dropped silently. The path is made only when asked for (an
/// error names it); a valid message never needs it.
/// </summary>
internal sealed class ElementNode
{
    private readonly MessageElement element;
    private readonly string childNamespace;
    private readonly string basisNamespace;
    private readonly ElementNode? parent;
    private readonly string? name;
    private readonly int index;
    private string? path;

    public ElementNode(MessageElement element, string path, string childNamespace, string basisNamespace)
    {
        this.element = element;
        this.path = path;
        this.childNamespace = childNamespace;
        this.basisNamespace = basisNamespace;
    }

    /// <summary>A child node: its path is the parent's with /name, or /name[index] when index is above 0.</summary>
    private ElementNode(MessageElement element, ElementNode parent, string name, int index, string childNamespace)
    {
        this.element = element;
        this.parent = parent;
        this.name = name;
        this.index = index;
        this.childNamespace = childNamespace;
        basisNamespace = parent.basisNamespace;
    }

    public string Path => path ??= index > 0 ? ClassPaths.Item(parent!.Path, name!, index) : parent!.Path + "/" + name;

    /// <summary>A required child that is a class or container (its children are in the message namespace).</summary>
    public ElementNode Child(string name) => OptChild(name) ?? throw Missing(name);

    public ElementNode? OptChild(string name) => Wrap(Find(name), name, childNamespace);

    /// <summary>A required child of a composite datatype (its children are in the basisschema namespace).</summary>
    public ElementNode Cdt(string name) => OptCdt(name) ?? throw Missing(name);

    public ElementNode? OptCdt(string name) => Wrap(Find(name), name, basisNamespace);

    /// <summary>The repeating children of this container, with their 1-based indexed paths.</summary>
    public IReadOnlyList<ElementNode> Items(string name)
    {
        var items = new List<ElementNode>();
        for (var child = element.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child.Is(name, childNamespace))
            {
                child.Taken = true;
                items.Add(new ElementNode(child, this, name, items.Count + 1, childNamespace));
            }
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

        var items = node.Items(item);
        var list = new List<T>(items.Count);
        foreach (var i in items)
        {
            list.Add(map(i));
        }

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
        for (var child = element.FirstChild; child is not null; child = child.NextSibling)
        {
            if (!child.Taken)
            {
                throw new BerichtReadException(Path + "/" + child.LocalName, "element is not part of the model of this message");
            }
        }
    }

    public BerichtReadException Missing(string name) =>
        new(Path + "/" + name, "required element is missing");

    private MessageElement? Find(string name)
    {
        MessageElement? found = null;
        for (var child = element.FirstChild; child is not null; child = child.NextSibling)
        {
            if (!child.Is(name, childNamespace))
            {
                continue;
            }

            if (found is not null)
            {
                throw new BerichtReadException(Path + "/" + name, "element occurs more than once");
            }

            child.Taken = true;
            found = child;
        }

        return found;
    }

    private ElementNode? Wrap(MessageElement? child, string name, string grandchildNamespace) =>
        child is null ? null : new ElementNode(child, this, name, 0, grandchildNamespace);

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
