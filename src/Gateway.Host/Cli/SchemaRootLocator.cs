namespace Gateway.Host.Cli;

/// <summary>
/// Finds the schema root: --schemas, else $GATEWAY_SCHEMAS, else schemas/ next to the executable (the build copies it
/// there), else the first schemas/ found walking up from the current directory (a checkout).
/// </summary>
internal static class SchemaRootLocator
{
    public const string EnvironmentVariable = "GATEWAY_SCHEMAS";
    public const string FolderName = "schemas";

    public static string Resolve(string? option, CliContext context)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return Existing(context.FullPath(option), "--schemas");
        }

        if (context.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment)
        {
            return Existing(context.FullPath(fromEnvironment), EnvironmentVariable);
        }

        var besideExecutable = Path.Combine(context.BaseDirectory, FolderName);
        if (HoldsPacks(besideExecutable))
        {
            return besideExecutable;
        }

        for (var dir = new DirectoryInfo(context.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, FolderName);
            if (HoldsPacks(candidate))
            {
                return candidate;
            }
        }

        throw new UsageException($"no schema folder found: pass --schemas DIR or set {EnvironmentVariable} (looked for {FolderName}/ next to {context.BaseDirectory} and above {context.CurrentDirectory}).");
    }

    private static string Existing(string path, string source) =>
        Directory.Exists(path) ? path : throw new UsageException($"schema folder not found: {path} (from {source}).");

    private static bool HoldsPacks(string path) =>
        Directory.Exists(Path.Combine(path, "ijw")) || Directory.Exists(Path.Combine(path, "iwmo"));
}
