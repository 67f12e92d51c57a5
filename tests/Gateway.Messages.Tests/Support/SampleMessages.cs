using Gateway.Messages.Model;

namespace Gateway.Messages.Tests.Support;

/// <summary>Reads the shipped sample messages into the model, for tests that break one thing at a time.</summary>
internal static class SampleMessages
{
    /// <summary>Reads samples/{relative}, e.g. "ijw/jw301-toewijzing.xml".</summary>
    public static T Read<T>(string relative)
        where T : Bericht
    {
        using var stream = File.OpenRead(RepoPaths.Sample(relative.Split('/')));
        return (T)BerichtReader.Read(stream);
    }

    /// <summary>Every valid sample (samples/ijw and samples/iwmo), as paths relative to samples/.</summary>
    public static IEnumerable<string> ValidFiles() =>
        new[] { "ijw", "iwmo" }
            .SelectMany(std => Directory.EnumerateFiles(RepoPaths.Sample(std), "*.xml"))
            .Order(StringComparer.Ordinal)
            .Select(f => Path.GetRelativePath(RepoPaths.Samples, f).Replace('\\', '/'));

    /// <summary>Every sample under samples/invalid, as paths relative to samples/.</summary>
    public static IEnumerable<string> InvalidFiles() =>
        Directory.EnumerateFiles(RepoPaths.Sample("invalid"), "*.xml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => Path.GetRelativePath(RepoPaths.Samples, f).Replace('\\', '/'));

    /// <summary>The rule code a file under samples/invalid is named for: the part before the first '-'.</summary>
    public static string RuleCodeOf(string relative) => Path.GetFileName(relative).Split('-')[0];
}
