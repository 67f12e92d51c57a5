namespace Gateway.Host.Cli;

/// <summary>Turns command-line paths into files: folders recursively (*.xml, sorted ordinally), in argument order, each file once.</summary>
internal static class MessageFiles
{
    public static IReadOnlyList<MessageFile> Expand(IEnumerable<string> paths, CliContext context)
    {
        var files = new List<MessageFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = context.FullPath(path);
            IEnumerable<MessageFile> found = Directory.Exists(full)
                ? Directory.EnumerateFiles(full, "*.xml", SearchOption.AllDirectories)
                    .Select(f => Path.GetRelativePath(full, f))
                    .Order(StringComparer.Ordinal)
                    .Select(relative => new MessageFile(Path.Combine(full, relative), Path.Join(path, relative)))
                : File.Exists(full)
                    ? [new MessageFile(full, path)]
                    : throw new UsageException(path.StartsWith('-') ? $"unknown option: {path}" : $"path not found: {path}");
            files.AddRange(found.Where(f => seen.Add(f.FullPath)));
        }

        return files;
    }
}
