using System.Globalization;
using Gateway.Bench.Inputs;
using Gateway.Bench.Measure;
using Gateway.Bench.Report;

namespace Gateway.Bench;

/// <summary>The whole benchmark: generate inputs, check them, measure the gateway and xmllint, print the table.</summary>
internal sealed class BenchRun(BenchOptions options, TextWriter log)
{
    public int Execute()
    {
        var repo = RepositoryLayout.Find(options.Repo);
        var outDir = options.Out ?? Directory.CreateTempSubdirectory("gateway-bench-").FullName;
        log.WriteLine($"Inputs in {outDir}");

        var small = SmallMessageSet.Generate(repo, outDir, options.Variants);
        var big = DeclaratieGenerator.Generate(repo, outDir, options.BigMegabytes * 1_000_000L);
        var warm = Path.Combine(repo.Samples, "ijw", "jw323-declaratie.xml");
        log.WriteLine($"Small messages: {small.Count} files, {small.Sum(f => f.Bytes) / 1024.0:F0} KB; big 323: {big.Bytes / 1_000_000.0:F1} MB");
        GeneratedInputCheck.Require(repo, big);

        var xmllintPath = options.SkipXmllint ? null : Xmllint.Find(options.Xmllint);
        Xmllint[] xmllints = xmllintPath is null ? [] : [new Xmllint(xmllintPath, stream: false), new Xmllint(xmllintPath, stream: true)];

        log.WriteLine("Small messages …");
        var rows = new List<Figures>(Interleaved.Run(
            [
                new SmallMessageRun(ValidationUnderTest.Create(Levels.One, repo.Schemas), small, options),
                new SmallMessageRun(ValidationUnderTest.Create(Levels.OneAndTwo, repo.Schemas), small, options),
                // Only the tree mode: xmllint --stream recompiles the XSD for every file it is given, which would
                // measure schema compilation rather than validation.
                .. xmllints.Where(x => !x.Stream).Select(x => new XmllintSmallRun(x, small, options)),
            ],
            options.Rounds,
            log));

        log.WriteLine($"Folder of {options.FolderFiles} JW301s …");
        rows.AddRange(FolderRows(repo, outDir, xmllintPath));

        log.WriteLine("Big 323 …");
        rows.AddRange(BigRows(repo, big, warm, xmllints));

        var machine = Machine.Describe(xmllintPath is null ? "xmllint not run" : Xmllint.Version(xmllintPath));
        string[] extra =
        [
            "Gateway rows of the small messages and the 323 run on one thread; the folder row is the CLI, which uses every core. xmllint is single-threaded. Files are read from disk by both (page cache warm).",
            $"Small-message set: the 301/305/307 samples of iJw and iWmo plus {options.Variants} variants with distinct 11-proef BSNs, written by BerichtWriter.",
        ];
        log.WriteLine("Stage breakdowns …");
        var smallStages = StageBreakdown.Measure(repo.Schemas, [.. small.Select(f => f.Path)], options.Passes, options.Rounds);
        var bigStages = StageBreakdown.Measure(repo.Schemas, [big.Path], 1, options.BigRepeat);
        Console.Write(ResultTable.Render(machine, rows, extra, options.Markdown));
        Console.WriteLine();
        Console.Write(StageBreakdown.Render(smallStages, "small messages, in-process, warm, best round", small.Count, small.Sum(f => f.Bytes), options.Markdown));
        Console.WriteLine();
        Console.Write(StageBreakdown.Render(bigStages, "20 MB 323, in-process, warm, best round", 1, big.Bytes, options.Markdown));
        Console.WriteLine();
        Console.Write(RuleBreakdown.Render(big.Path, 8, options.Markdown));
        return 0;
    }

    /// <summary>Only the folder scenario: the CLI as a user runs it against xmllint.</summary>
    public int ExecuteFolder()
    {
        var repo = RepositoryLayout.Find(options.Repo);
        var outDir = options.Out ?? Directory.CreateTempSubdirectory("gateway-bench-").FullName;
        log.WriteLine($"Inputs in {outDir}");
        var xmllintPath = options.SkipXmllint ? null : Xmllint.Find(options.Xmllint);
        var rows = FolderRows(repo, outDir, xmllintPath);
        var machine = Machine.Describe(xmllintPath is null ? "xmllint not run" : Xmllint.Version(xmllintPath));
        Console.Write(ResultTable.Render(machine, rows, Ratios(rows), options.Markdown));
        return 0;
    }

    /// <summary>Each gateway row's median time as a multiple of xmllint's (the last row): below 1 is faster than xmllint.</summary>
    private static IReadOnlyList<string> Ratios(IReadOnlyList<Figures> rows)
    {
        var xmllint = rows.FirstOrDefault(r => r.Engine.StartsWith("xmllint", StringComparison.Ordinal));
        return xmllint is null
            ? []
            : [.. rows.Where(r => r != xmllint).Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Engine}: {r.Seconds / xmllint.Seconds:F2}× the time of xmllint (median rounds; 1.00 = as fast)"))];
    }

    /// <summary>Only the big 323: levels 1 and 1+2 in fresh child processes against xmllint (--big-rounds times).</summary>
    public int ExecuteBig()
    {
        var repo = RepositoryLayout.Find(options.Repo);
        var outDir = options.Out ?? Directory.CreateTempSubdirectory("gateway-bench-").FullName;
        log.WriteLine($"Inputs in {outDir}");
        var big = DeclaratieGenerator.Generate(repo, outDir, options.BigMegabytes * 1_000_000L);
        GeneratedInputCheck.Require(repo, big);
        var warm = Path.Combine(repo.Samples, "ijw", "jw323-declaratie.xml");
        var xmllintPath = options.SkipXmllint ? null : Xmllint.Find(options.Xmllint);
        Xmllint[] xmllints = xmllintPath is null ? [] : [new Xmllint(xmllintPath, stream: false), new Xmllint(xmllintPath, stream: true)];
        var rows = BigRows(repo, big, warm, xmllints);
        var machine = Machine.Describe(xmllintPath is null ? "xmllint not run" : Xmllint.Version(xmllintPath));
        Console.Write(ResultTable.Render(machine, rows, [], options.Markdown));
        return 0;
    }

    private IReadOnlyList<Figures> BigRows(RepositoryLayout repo, InputFile big, string warm, IReadOnlyList<Xmllint> xmllints) =>
        Interleaved.Run(
            [
                new GatewayBigRun(Levels.One, repo, big, warm, options.BigRepeat),
                new GatewayBigRun(Levels.OneAndTwo, repo, big, warm, options.BigRepeat),
                .. xmllints.Select(x => new XmllintBigRun(x, big, warm)),
            ],
            options.BigRounds,
            log);

    private IReadOnlyList<Figures> FolderRows(RepositoryLayout repo, string outDir, string? xmllintPath)
    {
        var gateway = options.Gateway ?? Path.Combine(repo.Root, "src", "Gateway.Host", "bin", "Release", "net10.0", "gateway");
        if (!File.Exists(gateway))
        {
            throw new InvalidOperationException($"No gateway executable at {gateway}: build it first (dotnet build src/Gateway.Host -c Release) or pass --gateway PATH.");
        }

        var files = Jw301Folder.Generate(repo, outDir, options.FolderFiles);
        var folder = Path.GetDirectoryName(files[0].Path)!;
        log.WriteLine($"  {files.Count} files, {files.Sum(f => f.Bytes) / 1024.0:F0} KB in {folder}");
        IRoundEngine[] engines =
        [
            new FolderCommandRun("gateway validate DIR (levels 1+2)", gateway, ["validate", folder, "--schemas", repo.Schemas], files),
            .. options.Compare is null ? [] : new IRoundEngine[] { new FolderCommandRun("gateway validate DIR (levels 1+2), --compare build", options.Compare, ["validate", folder, "--schemas", repo.Schemas], files) },
            .. xmllintPath is null ? [] : new IRoundEngine[] { new FolderCommandRun("xmllint --noout --schema (level 1)", xmllintPath, ["--noout", "--schema", files[0].Xsd, .. files.Select(f => f.Path)], files) },
        ];
        return Interleaved.Run(engines, options.BigRounds, log);
    }
}
