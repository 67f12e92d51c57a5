using System.Globalization;

namespace Gateway.Bench.Conformance;

/// <summary>The command line of the conformance bench.</summary>
internal sealed record ConformanceOptions
{
    public const int DefaultMutantsPerExample = 300;
    public const int DefaultSeed = 3210;

    public const string Usage = """
        Gateway.Bench.Conformance: level 1+2 of the gateway against the official level-2 XSLT of release 3.2.

          --xslt DIR        folder with the official XSLTs: the iJw one has "JW" in its name ("alle regels JW 3.2.xsl"),
                            the iWmo one "WMO" or "all_merged" ("all_merged.xsl"); one of the two is enough
          --examples DIR    folder with example messages (*.xml, searched recursively), e.g. the official examples
          --mutants N       schema-valid mutants to keep per example (default 300)
          --seed N          seed of the mutant generator (default 3210); the same seed gives the same mutants
          --repo DIR        the repository (for schemas/); found by walking up when left out
          --markdown        print the tables as Markdown
          --keep DIR        write every disagreeing mutant to DIR, with the two code sets in its name
        """;

    public bool Help { get; private init; }

    public string XsltFolder { get; private init; } = "";

    public string ExamplesFolder { get; private init; } = "";

    public int MutantsPerExample { get; private init; } = DefaultMutantsPerExample;

    public int Seed { get; private init; } = DefaultSeed;

    public string? Repo { get; private init; }

    public bool Markdown { get; private init; }

    public string? Keep { get; private init; }

    public static ConformanceOptions Parse(IReadOnlyList<string> args)
    {
        var options = new ConformanceOptions();
        for (var i = 0; i < args.Count; i++)
        {
            options = args[i] switch
            {
                "--help" or "-h" => options with { Help = true },
                "--xslt" => options with { XsltFolder = Value(args, ref i) },
                "--examples" => options with { ExamplesFolder = Value(args, ref i) },
                "--mutants" => options with { MutantsPerExample = Number(args, ref i) },
                "--seed" => options with { Seed = Number(args, ref i) },
                "--repo" => options with { Repo = Value(args, ref i) },
                "--markdown" => options with { Markdown = true },
                "--keep" => options with { Keep = Value(args, ref i) },
                _ => throw new ArgumentException($"Unknown argument '{args[i]}'.{Environment.NewLine}{Usage}"),
            };
        }

        if (!options.Help && (options.XsltFolder.Length == 0 || options.ExamplesFolder.Length == 0))
        {
            throw new ArgumentException($"Both --xslt DIR and --examples DIR are required.{Environment.NewLine}{Usage}");
        }

        return options;
    }

    private static string Value(IReadOnlyList<string> args, ref int i) =>
        ++i < args.Count ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value.");

    private static int Number(IReadOnlyList<string> args, ref int i)
    {
        var text = Value(args, ref i);
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ArgumentException($"{args[i - 1]} needs a positive whole number, not '{text}'.");
    }
}
