namespace Gateway.Routing.Tests.Support;

/// <summary>Finds schemas/, samples/ and README.md of the checkout from the test's working directory.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Schemas => Path.Combine(RootPath.Value, "schemas");

    public static string Readme => Path.Combine(RootPath.Value, "README.md");

    public static byte[] Sample(string relative) => File.ReadAllBytes(Path.Combine(RootPath.Value, "samples", relative));

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
