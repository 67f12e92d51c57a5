namespace Gateway.Host.Console;

/// <summary>The console's one stylesheet, shipped inside the executable (<c>console.css</c> beside this file): no CDN.</summary>
internal static class ConsoleStylesheet
{
    private static readonly Lazy<string> Loaded = new(() =>
    {
        using var stream = typeof(ConsoleStylesheet).Assembly.GetManifestResourceStream("Gateway.Host.Console.console.css")
            ?? throw new InvalidOperationException("the console's stylesheet is missing from the executable");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static string Text => Loaded.Value;
}
