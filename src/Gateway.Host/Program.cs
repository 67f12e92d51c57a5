using Gateway.Host.Cli;

namespace Gateway.Host;

internal static class Program
{
    public static int Main(string[] args) => GatewayCommandLine.Run(args, new CliContext(System.Console.Out, System.Console.Error));
}
