using Gateway.Bench;
using Gateway.Bench.Measure;

try
{
    var options = BenchOptions.Parse(args);
    return options.Child switch
    {
        null => new BenchRun(options, Console.Error).Execute(),
        "big" => BigFileChild.Run(options.Level, Gateway.Bench.Inputs.RepositoryLayout.Find(options.Repo).Schemas, options.File!, options.WarmFile!, options.BigRepeat),
        var other => throw new ArgumentException($"Unknown child scenario '{other}'."),
    };
}
catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or DirectoryNotFoundException)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}
