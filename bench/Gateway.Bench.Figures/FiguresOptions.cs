using System.Globalization;
using Gateway.Bench.Figures.Region;
using Gateway.Routing.Figures;

namespace Gateway.Bench.Figures;

/// <summary>Command-line options of the figures benchmark, with defaults as named constants.</summary>
internal sealed record FiguresOptions
{
    public const int DefaultSeed = 2026;
    public const int DefaultRuns = 5;
    public const string DefaultScratch = "/dev/shm";
    public static readonly Maand DefaultMonth = new(RegionDesign.Year, 10);

    public const string Usage = """
        dotnet run -c Release --project bench/Gateway.Bench.Figures -- [options]
          --store PATH      the SQLite store: generated there when missing (kept, with PATH.region/, PATH.keys.json and
                            PATH.generation.json beside it), only measured when a finished generation is there
                            (default: a temp folder, deleted at the end)
          --clients N       clients of the generated region (default 50000)
          --providers N     providers (default: 300 at 50,000 clients, in proportion below, at least 10)
          --seed N          seed of the generated region (default 2026)
          --runs N          timed runs per report after one warm-up; median and max are reported (default 5)
          --month YYYY-MM   the month of the one-month reports (default 2026-10)
          --scratch DIR     generate in DIR and move the finished store to --store (default /dev/shm when it exists):
                            the store commits every message with synchronous=FULL, so on a disk the fsyncs, not the
                            gateway, set the pace; "--scratch none" generates in place
          --generate-only   generate the store, do not measure
          --markdown        print the table as Markdown
          --repo DIR        repository root holding schemas/ and samples/ (default: found from the current folder)
          --help            this text
        """;

    public string? Store { get; init; }
    public int Clients { get; init; } = RegionDesign.FullRegionClients;
    public int? Providers { get; init; }
    public int Seed { get; init; } = DefaultSeed;
    public int Runs { get; init; } = DefaultRuns;
    public Maand Month { get; init; } = DefaultMonth;
    public string? Scratch { get; init; } = Directory.Exists(DefaultScratch) ? DefaultScratch : null;
    public bool GenerateOnly { get; init; }
    public bool Markdown { get; init; }
    public string? Repo { get; init; }
    public bool Help { get; init; }

    public static FiguresOptions Parse(IReadOnlyList<string> args)
    {
        var options = new FiguresOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.\n{Usage}");
            int Number() => int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException($"{args[i - 1]} needs a positive whole number.\n{Usage}");
            options = args[i] switch
            {
                "--store" => options with { Store = Value() },
                "--clients" => options with { Clients = Number() },
                "--providers" => options with { Providers = Number() },
                "--seed" => options with { Seed = Number() },
                "--runs" => options with { Runs = Number() },
                "--month" => options with { Month = Maand.TryParse(Value(), out var m) ? m : throw new ArgumentException($"--month needs YYYY-MM.\n{Usage}") },
                "--scratch" => options with { Scratch = Value() is var dir && dir != "none" ? dir : null },
                "--generate-only" => options with { GenerateOnly = true },
                "--markdown" => options with { Markdown = true },
                "--repo" => options with { Repo = Value() },
                "--help" or "-h" => options with { Help = true },
                _ => throw new ArgumentException($"Unknown option {args[i]}.\n{Usage}"),
            };
        }

        return options;
    }
}
