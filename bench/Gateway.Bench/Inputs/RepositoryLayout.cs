namespace Gateway.Bench.Inputs;

/// <summary>Where the schema pack and the sample messages live: found by walking up from the program or given with --repo.</summary>
internal sealed record RepositoryLayout(string Root)
{
    public string Schemas => Path.Combine(Root, "schemas");

    public string Samples => Path.Combine(Root, "samples");

    /// <summary>The XSD a file of this standard and message number is checked against by xmllint.</summary>
    public string Xsd(string standardKey, string messagePrefix) =>
        Path.Combine(Schemas, standardKey, "3.2", messagePrefix + ".xsd");

    public static RepositoryLayout Find(string? given)
    {
        if (given is not null)
        {
            return IsRoot(given)
                ? new RepositoryLayout(Path.GetFullPath(given))
                : throw new DirectoryNotFoundException($"--repo {given}: expected a folder holding schemas/ and samples/.");
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (IsRoot(dir.FullName))
                {
                    return new RepositoryLayout(dir.FullName);
                }
            }
        }

        throw new DirectoryNotFoundException("Cannot find the repository (a folder holding schemas/ and samples/); run from inside it or pass --repo DIR.");
    }

    private static bool IsRoot(string dir) =>
        Directory.Exists(Path.Combine(dir, "schemas")) && Directory.Exists(Path.Combine(dir, "samples"));
}
