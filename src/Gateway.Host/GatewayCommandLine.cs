namespace Gateway.Host;

/// <summary>The `gateway` command line. Verbs are added as their features land.</summary>
internal static class GatewayCommandLine
{
    public static int Run(string[] args)
    {
        Console.Error.WriteLine("usage: gateway validate|retour|explain ...");
        return args.Length == 0 ? 2 : 2;
    }
}
