using System.Globalization;

namespace Gateway.Bench;

/// <summary>Command-line options of the benchmark, with defaults as named constants.</summary>
internal sealed record BenchOptions
{
    public const int DefaultVariants = 300;
    public const int DefaultWarmupPasses = 20;
    public const int DefaultPasses = 10;
    public const int DefaultRounds = 5;
    public const int DefaultBigMegabytes = 20;
    public const int DefaultBigRepeat = 6;
    public const int DefaultBigRounds = 3;
    public const int DefaultFolderFiles = 5000;

    public const string Usage = """
        dotnet run -c Release --project bench/Gateway.Bench -- [options]
          --out DIR        write the generated inputs here (default: a new temp folder)
          --repo DIR       repository root holding schemas/ and samples/ (default: found from the current folder)
          --variants N     generated small-message variants besides the 6 samples (default 300)
          --warmup N       untimed passes over the small messages (default 20)
          --passes N       passes over the small messages per timed round (default 10)
          --rounds N       timed rounds; the median is reported (default 5)
          --big-mb N       size of the generated iJw 323 in MB (default 20)
          --big-rounds N   fresh child processes per big-file engine; the median is reported (default 3)
          --big-repeat N   validations of the big file per child process; the first is reported apart (default 6)
          --folder-files N JW301s in the folder given to `gateway validate DIR` and xmllint (default 5000)
          --gateway PATH   the built `gateway` executable to time (default src/Gateway.Host/bin/Release/net10.0/gateway)
          --compare PATH   a second `gateway` executable (e.g. a build of main) timed in the same interleaved rounds
          --xmllint PATH   xmllint to compare with (default /usr/bin/xmllint)
          --no-xmllint     skip the libxml2 comparison
          --markdown       print the table as Markdown
          --help           this text
          --stages PATH    only time the stages of level 1 and 2 on a file or a folder of files (--passes times)
          --folder-only    only the folder scenario: `gateway validate DIR` against xmllint (--big-rounds times),
                           with the ratio of their times (alias: --validate-folder)
          --big-only       only the big 323: levels 1 and 1+2 (fresh process per round) against xmllint (--big-rounds times)
          --scrape N       only time the store reads of one /metrics scrape on a store of N messages (--rounds times)
        """;

    public string? Out { get; init; }
    public string? Repo { get; init; }
    public int Variants { get; init; } = DefaultVariants;
    public int WarmupPasses { get; init; } = DefaultWarmupPasses;
    public int Passes { get; init; } = DefaultPasses;
    public int Rounds { get; init; } = DefaultRounds;
    public int BigMegabytes { get; init; } = DefaultBigMegabytes;
    public int BigRepeat { get; init; } = DefaultBigRepeat;
    public int BigRounds { get; init; } = DefaultBigRounds;
    public int FolderFiles { get; init; } = DefaultFolderFiles;
    public string? Gateway { get; init; }
    public string? Compare { get; init; }
    public string? Xmllint { get; init; }
    public bool SkipXmllint { get; init; }
    public bool Markdown { get; init; }
    public int ScrapeMessages { get; init; }

    /// <summary>Set in a child process: "big".</summary>
    public string? Child { get; init; }
    public string Level { get; init; } = "1";
    public string? File { get; init; }
    public string? WarmFile { get; init; }

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.\n{Usage}");
            int Number() => int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException($"{args[i - 1]} needs a positive whole number.\n{Usage}");
            options = args[i] switch
            {
                "--out" => options with { Out = Value() },
                "--repo" => options with { Repo = Value() },
                "--variants" => options with { Variants = Number() },
                "--warmup" => options with { WarmupPasses = Number() },
                "--passes" => options with { Passes = Number() },
                "--rounds" => options with { Rounds = Number() },
                "--big-mb" => options with { BigMegabytes = Number() },
                "--big-repeat" => options with { BigRepeat = Number() },
                "--big-rounds" => options with { BigRounds = Number() },
                "--folder-files" => options with { FolderFiles = Number() },
                "--gateway" => options with { Gateway = Value() },
                "--folder-only" or "--validate-folder" => options with { Child = "folder" },
                "--compare" => options with { Compare = Value() },
                "--big-only" => options with { Child = "big-only" },
                "--xmllint" => options with { Xmllint = Value() },
                "--no-xmllint" => options with { SkipXmllint = true },
                "--markdown" => options with { Markdown = true },
                "--help" or "-h" => options with { Child = "help" },
                "--stages" => options with { Child = "stages", File = Value() },
                "--scrape" => options with { Child = "scrape", ScrapeMessages = Number() },
                "--child" => options with { Child = Value() },
                "--level" => options with { Level = Value() },
                "--file" => options with { File = Value() },
                "--warm" => options with { WarmFile = Value() },
                _ => throw new ArgumentException($"Unknown option {args[i]}.\n{Usage}"),
            };
        }

        return options;
    }
}
