using System.Globalization;

namespace Gateway.Bench.Load;

/// <summary>Command-line options of the load benchmark, with defaults as named constants.</summary>
internal sealed record LoadOptions
{
    public const int DefaultSeconds = 10;
    public const int QuickSeconds = 2;
    public const int DefaultSenders = 32;
    public const int DefaultConnections = 64;
    public const int DefaultDrainSeconds = 30;
    public const int QuickDrainSeconds = 3;
    public const int DefaultMaxSetup = 4000;
    public const int QuickMaxSetup = 300;
    public const int DefaultWarmup = 300;
    public const int QuickWarmup = 100;
    public const int DefaultPerKind = 0;
    public const double MaxBehindSeconds = 2;

    public static readonly IReadOnlyList<string> AllScenarios = ["sqlite", "postgres", "postgres2"];
    public static readonly IReadOnlyList<int> DefaultRates = [100, 500, 1000, 2000];
    public static readonly IReadOnlyList<int> QuickRates = [100, 500];

    public const string Usage = """
        dotnet run -c Release --project bench/Gateway.Bench.Load -- [options]
          --scenarios LIST   sqlite, postgres (one instance), postgres2 (two instances on one database); default all three
          --rates LIST       open-loop rates in messages/s (default 100,500,1000,2000)
          --seconds N        seconds per rate and of the saturation run (default 10)
          --senders N        concurrent senders of the closed-loop (saturation) runs (default 32)
          --connections N    HTTP connections per gateway instance (default 64, the gateway's default intake bound)
          --drain-seconds N  at most this long to time the queue draining into the hub and back offices (default 30)
          --max-setup N      at most this many 301s handed in before the runs (default 4000)
          --warmup N         untimed messages of the mix before the first rate, for the JIT (default 300)
          --per-kind N       after the saturation run, N messages of each kind alone (closed loop), for the gateway's
                             CPU time per message of that kind (default 0: not run)
          --gateway PATH     gateway.dll or a published gateway executable (default: the Release build beside this bench)
          --repo DIR         repository root holding schemas/ and samples/ (default: found from the current folder)
          --markdown FILE    also write the results as Markdown to FILE
          --quick            a run of about a minute: rates 100,500, 2 s each, 300 setup 301s, 100 warm-up, 3 s of draining
          --keep             keep the scenario folders (stores, logs, gateway output) in the temp folder
          --help             this text
        """;

    public IReadOnlyList<string> Scenarios { get; init; } = AllScenarios;
    public IReadOnlyList<int> Rates { get; init; } = DefaultRates;
    public int Seconds { get; init; } = DefaultSeconds;
    public int Senders { get; init; } = DefaultSenders;
    public int Connections { get; init; } = DefaultConnections;
    public int DrainSeconds { get; init; } = DefaultDrainSeconds;
    public int MaxSetup { get; init; } = DefaultMaxSetup;
    public int Warmup { get; init; } = DefaultWarmup;
    public int PerKind { get; init; } = DefaultPerKind;
    public string? Gateway { get; init; }
    public string? Repo { get; init; }
    public string? Markdown { get; init; }
    public bool Keep { get; init; }
    public bool Help { get; init; }

    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var quick = args.Contains("--quick");
        var options = quick
            ? new LoadOptions { Rates = QuickRates, Seconds = QuickSeconds, DrainSeconds = QuickDrainSeconds, MaxSetup = QuickMaxSetup, Warmup = QuickWarmup }
            : new LoadOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.\n{Usage}");
            int Number() => ParsePositive(Value(), args[i - 1]);
            options = args[i] switch
            {
                "--scenarios" => options with { Scenarios = ParseScenarios(Value()) },
                "--rates" => options with { Rates = [.. Value().Split(',').Select(r => ParsePositive(r, "--rates"))] },
                "--seconds" => options with { Seconds = Number() },
                "--senders" => options with { Senders = Number() },
                "--connections" => options with { Connections = Number() },
                "--drain-seconds" => options with { DrainSeconds = Number() },
                "--max-setup" => options with { MaxSetup = Number() },
                "--warmup" => options with { Warmup = Number() },
                "--per-kind" => options with { PerKind = Number() },
                "--gateway" => options with { Gateway = Value() },
                "--repo" => options with { Repo = Value() },
                "--markdown" => options with { Markdown = Value() },
                "--quick" => options,
                "--keep" => options with { Keep = true },
                "--help" or "-h" => options with { Help = true },
                _ => throw new ArgumentException($"Unknown option {args[i]}.\n{Usage}"),
            };
        }

        return options;
    }

    private static IReadOnlyList<string> ParseScenarios(string value)
    {
        var scenarios = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return scenarios.FirstOrDefault(s => !AllScenarios.Contains(s)) is { } unknown
            ? throw new ArgumentException($"--scenarios: unknown scenario '{unknown}'; choose from {string.Join(", ", AllScenarios)}.")
            : scenarios;
    }

    private static int ParsePositive(string value, string option) =>
        int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ArgumentException($"{option} needs positive whole numbers (got '{value}').\n{Usage}");
}
