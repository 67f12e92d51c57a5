using Gateway.Bench.Conformance;

try
{
    var options = ConformanceOptions.Parse(args);
    if (options.Help)
    {
        Console.WriteLine(ConformanceOptions.Usage);
        return 0;
    }

    return new ConformanceRun(options, Console.Error).Execute(Console.Out);
}
catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or DirectoryNotFoundException or FileNotFoundException)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}
