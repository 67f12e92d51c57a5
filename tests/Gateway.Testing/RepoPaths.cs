namespace Gateway.Testing;

/// <summary>Finds the checkout (the folder holding Gateway.sln) and its schemas/ and samples/ from the test's output folder.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The checkout's root folder.</summary>
    public static string Root => RootPath.Value;

    /// <summary>The checkout's README.md.</summary>
    public static string Readme => Path.Combine(Root, "README.md");

    /// <summary>The XSD folder of the checkout.</summary>
    public static string Schemas => Path.Combine(Root, "schemas");

    /// <summary>The samples folder of the checkout.</summary>
    public static string Samples => Path.Combine(Root, "samples");

    /// <summary>A path below samples/ (no parts: samples/ itself).</summary>
    public static string Sample(params string[] parts) => Path.Combine([Samples, .. parts]);

    /// <summary>The bytes of a sample file below samples/.</summary>
    public static byte[] SampleBytes(params string[] parts) => File.ReadAllBytes(Sample(parts));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Gateway.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Gateway.sln not found above " + AppContext.BaseDirectory);
    }
}
