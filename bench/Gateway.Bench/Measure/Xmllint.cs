namespace Gateway.Bench.Measure;

/// <summary>libxml2's schema validation through <c>xmllint --noout [--stream] --schema XSD FILE…</c>.</summary>
internal sealed class Xmllint(string path, bool stream)
{
    public string Name => stream ? "xmllint --stream" : "xmllint (tree)";

    public bool Stream => stream;

    public string Path => path;

    public static string? Find(string? given)
    {
        var candidate = given ?? "/usr/bin/xmllint";
        return File.Exists(candidate) ? candidate : null;
    }

    public static string Version(string path)
    {
        var outcome = ChildProcess.Run(path, ["--version"]);
        return (outcome.Stderr + outcome.Stdout).Split('\n')[0].Trim();
    }

    public IReadOnlyList<string> Arguments(string xsd, IEnumerable<string> files) =>
        ["--noout", .. stream ? new[] { "--stream" } : [], "--schema", xsd, .. files];

    /// <summary>Validates the files; returns the wall-clock seconds of the invocation.</summary>
    public double Invoke(string xsd, IReadOnlyList<string> files)
    {
        var outcome = ChildProcess.Run(path, Arguments(xsd, files));
        Require(outcome, files[0]);
        return outcome.Seconds;
    }

    /// <summary>Fails loudly when xmllint rejects an input: its timing would then be meaningless.</summary>
    public static void Require(ChildProcess.Outcome outcome, string file)
    {
        if (outcome.ExitCode != 0)
        {
            var lines = outcome.Stderr.Split('\n').Where(l => l.Length > 0 && !l.EndsWith(" validates", StringComparison.Ordinal)).Take(5);
            throw new InvalidOperationException($"xmllint rejects {file} (exit {outcome.ExitCode}): {string.Join(" | ", lines)}");
        }
    }
}
