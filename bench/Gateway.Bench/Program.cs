using Gateway.Bench;
using Gateway.Bench.Measure;

try
{
    var options = BenchOptions.Parse(args);
    return options.Child switch
    {
        null => new BenchRun(options, Console.Error).Execute(),
        "big" => BigFileChild.Run(options.Level, Gateway.Bench.Inputs.RepositoryLayout.Find(options.Repo).Schemas, options.File!, options.WarmFile!, options.BigRepeat),
        "stages" => Stages(options),
        "folder" => new BenchRun(options, Console.Error).ExecuteFolder(),
        "big-only" => new BenchRun(options, Console.Error).ExecuteBig(),
        "scrape" => ScrapeBench.Run(options.ScrapeMessages, options.Rounds, Console.Out),
        "help" => Help(),
    var other => throw new ArgumentException($"Unknown child scenario '{other}'."),
    };
}
catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or DirectoryNotFoundException)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}

static int Stages(BenchOptions options)
{
    var schemas = Gateway.Bench.Inputs.RepositoryLayout.Find(options.Repo).Schemas;
    var files = Directory.Exists(options.File) ? Directory.GetFiles(options.File!, "*.xml") : [options.File!];
    var stages = StageBreakdown.Measure(schemas, files, options.Passes, options.Rounds);
    Console.Write(StageBreakdown.Render(stages, options.File!, files.Length, files.Sum(f => new FileInfo(f).Length), options.Markdown));
    return 0;
}

static int Help()
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}
