using Gateway.Bench.Load;

try
{
    var options = LoadOptions.Parse(args);
    if (options.Help)
    {
        Console.WriteLine(LoadOptions.Usage);
        return 0;
    }

    return await new LoadRun(options, Console.Error).ExecuteAsync(args);
}
catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or DirectoryNotFoundException)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}
