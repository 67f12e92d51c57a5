using Gateway.Bench.Figures;

try
{
    var options = FiguresOptions.Parse(args);
    if (options.Help)
    {
        Console.WriteLine(FiguresOptions.Usage);
        return 0;
    }

    return await new FiguresRun(options, Console.Error).ExecuteAsync();
}
catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or DirectoryNotFoundException)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}
