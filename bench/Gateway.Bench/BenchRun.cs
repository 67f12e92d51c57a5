using System.Globalization;
using System.Text.Json;
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

        var rows = new List<Figures>();
        foreach (var level in new[] { Levels.One, Levels.OneAndTwo })
        {
            log.WriteLine($"Small messages, level {level} …");
            rows.Add(SmallMessageRun.Measure(ValidationUnderTest.Create(level, repo.Schemas), small, options));
        }

        var xmllint = options.SkipXmllint ? null : XmllintRun.Find(options.Xmllint);
        if (xmllint is not null)
        {
            foreach (var stream in new[] { false, true })
            {
                log.WriteLine($"Small messages, xmllint{(stream ? " --stream" : string.Empty)} …");
                rows.Add(xmllint.Small(small, options, stream));
            }
        }

        foreach (var level in new[] { Levels.One, Levels.OneAndTwo })
        {
            log.WriteLine($"Big 323, level {level}, fresh process …");
            rows.Add(BigInChild(level, repo, big, warm));
        }

        if (xmllint is not null)
        {
            foreach (var stream in new[] { false, true })
            {
                log.WriteLine($"Big 323, xmllint{(stream ? " --stream" : string.Empty)} …");
                rows.Add(xmllint.Big(big, warm, options.BigRepeat, stream));
            }
        }

        var machine = Machine.Describe(xmllint?.Version() ?? "xmllint not run");
        string[] extra =
        [
            "Gateway rows run on one thread; xmllint is single-threaded. Files are read from disk by both (page cache warm).",
            $"Small-message set: the 301/305/307 samples of iJw and iWmo plus {options.Variants} variants with distinct 11-proef BSNs, written by BerichtWriter.",
        ];
        log.WriteLine("Stage breakdowns …");
        var smallStages = StageBreakdown.Measure(repo.Schemas, [.. small.Select(f => f.Path)], options.Passes);
        var bigStages = StageBreakdown.Measure(repo.Schemas, [big.Path], options.BigRepeat);
        Console.Write(ResultTable.Render(machine, rows, extra, options.Markdown));
        Console.WriteLine();
        Console.Write(StageBreakdown.Render(smallStages, "small messages, in-process, warm", small.Count, small.Sum(f => f.Bytes), options.Markdown));
        Console.WriteLine();
        Console.Write(StageBreakdown.Render(bigStages, "20 MB 323, in-process, warm", 1, big.Bytes, options.Markdown));
        return 0;
    }

    private Figures BigInChild(string level, RepositoryLayout repo, InputFile big, string warm)
    {
        var (program, prefix) = ChildProcess.Self();
        var outcome = ChildProcess.Run(program, [.. prefix, "--child", "big", "--level", level, "--repo", repo.Root, "--file", big.Path, "--warm", warm, "--big-repeat", options.BigRepeat.ToString(CultureInfo.InvariantCulture)]);
        var line = outcome.Stdout.Split('\n').FirstOrDefault(l => l.StartsWith(BigFileChild.ResultPrefix, StringComparison.Ordinal));
        if (outcome.ExitCode != 0 || line is null)
        {
            throw new InvalidOperationException($"The big-file child (level {level}) failed with exit code {outcome.ExitCode}:\n{outcome.Stderr}{outcome.Stdout}");
        }

        var result = JsonSerializer.Deserialize<BigFileResult>(line[BigFileChild.ResultPrefix.Length..])
            ?? throw new InvalidOperationException("The big-file child printed an empty result.");
        static string Mb(long bytes) => (bytes / 1_000_000.0).ToString("F0", CultureInfo.InvariantCulture);
        return new Figures(
            "20 MB 323",
            level == Levels.One ? "gateway level 1" : "gateway level 1+2",
            1,
            big.Bytes,
            Stats.Median(result.Seconds),
            result.PeakWorkingSet,
            $"fresh process, after 5 warm-up validations of the 323 sample; median of {result.Seconds.Length} runs ({string.Join(", ", result.Seconds.Select(s => s.ToString("F2", CultureInfo.InvariantCulture)))} s); peak = Process.PeakWorkingSet64 (VmHWM), {Mb(result.PeakWorkingSetBeforeDocument)} MB of it before the document (runtime + schema pack); managed heap peak (sampled GC.GetTotalMemory every 2 ms) {Mb(result.PeakManagedHeapSampled)} MB; {Mb(result.AllocatedBytes)} MB allocated per validation; GCs gen0/1/2 {result.Gen0}/{result.Gen1}/{result.Gen2}; {result.GcMode} GC")
        {
            AllocatedPerMessage = result.AllocatedBytes,
        };
    }
}
