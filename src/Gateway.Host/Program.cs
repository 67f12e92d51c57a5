namespace Gateway.Host;

internal static class Program
{
    public static int Main(string[] args) => GatewayCommandLine.Run(args);
}
