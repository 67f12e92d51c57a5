namespace Gateway.Host.Hosting;

/// <summary>Resolves relative paths of the configuration against the folder of the configuration file.</summary>
internal sealed record HostPaths(string BaseDirectory)
{
    public const string BaseDirectoryKey = "Gateway:BaseDirectory";

    public string Resolve(string path) => Path.GetFullPath(path, BaseDirectory);
}
