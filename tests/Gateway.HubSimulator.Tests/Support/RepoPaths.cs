namespace Gateway.HubSimulator.Tests.Support;

/// <summary>Finds folders of the checkout (schemas/) from the test's working directory.</summary>
internal static class RepoPaths
{
    public static string Schemas => Path.Combine(FindRoot(), "schemas");

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
