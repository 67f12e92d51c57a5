using System.Net;
using System.Xml;

namespace Gateway.Messages.Schemas;

/// <summary>
/// Resolves schema imports and includes to files inside one pack folder and refuses everything else
/// (http, ftp, UNC shares, files outside the folder). File names are matched case-insensitively so
/// an import of "basisschema.xsd" finds "Basisschema.xsd"; the returned URI carries the real name so
/// the schema set loads each file once.
/// </summary>
internal sealed class PackDirectoryResolver : XmlResolver
{
    private readonly string _directory;
    private readonly string? _basisschemaPath;
    private readonly List<string> _refusals = [];

    public PackDirectoryResolver(string directory, string? basisschemaPath)
    {
        _directory = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        _basisschemaPath = basisschemaPath;
    }

    /// <summary>Why resolutions were refused, for the loading error (the schema set only reports "cannot load").</summary>
    public IReadOnlyList<string> Refusals => _refusals;

    public override ICredentials Credentials
    {
        set { }
    }

    public override Uri ResolveUri(Uri? baseUri, string? relativeUri)
    {
        var resolved = base.ResolveUri(baseUri, relativeUri);
        return TryLocate(resolved, out var path) ? new Uri(path) : resolved;
    }

    public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
    {
        if (ofObjectToReturn is not null && ofObjectToReturn != typeof(Stream) && ofObjectToReturn != typeof(object))
        {
            throw Refuse(absoluteUri, $"only streams can be returned, not {ofObjectToReturn.Name}");
        }

        if (!TryLocate(absoluteUri, out var path))
        {
            throw Refuse(absoluteUri, "only files inside the schema pack folder " + _directory + " may be read");
        }

        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
    }

    private bool TryLocate(Uri uri, out string path)
    {
        path = string.Empty;
        if (!uri.IsAbsoluteUri || !uri.IsFile || uri.IsUnc)
        {
            return false;
        }

        var full = Path.GetFullPath(uri.LocalPath);
        if (!full.StartsWith(_directory + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return false;
        }

        if (File.Exists(full))
        {
            path = full;
            return true;
        }

        var folder = Path.GetDirectoryName(full)!;
        var name = Path.GetFileName(full);
        var match = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder).FirstOrDefault(f => string.Equals(Path.GetFileName(f), name, StringComparison.OrdinalIgnoreCase))
            : null;
        if (match is null && _basisschemaPath is not null && name.Contains("basisschema", StringComparison.OrdinalIgnoreCase))
        {
            match = _basisschemaPath;
        }

        if (match is null)
        {
            return false;
        }

        path = match;
        return true;
    }

    private SchemaPackException Refuse(Uri uri, string why)
    {
        var text = $"refused to read {uri.OriginalString}: {why}";
        _refusals.Add(text);
        return new SchemaPackException(text);
    }
}
