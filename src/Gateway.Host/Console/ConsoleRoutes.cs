namespace Gateway.Host.Console;

/// <summary>Where the console's pages live on the gateway's listener.</summary>
internal static class ConsoleRoutes
{
    public const string Root = "/console";
    public const string SignIn = Root + "/sign-in";
    public const string Stylesheet = Root + "/console.css";
}
