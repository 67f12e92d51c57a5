using Gateway.Host.Cli.Texts;
using Gateway.Messages.Answers;

namespace Gateway.Host.Cli;

/// <summary>
/// What a CLI verb may touch of the outside world: its writers, directories, environment, clock and identification
/// source. Tests pass their own, so verbs run in parallel without redirecting the global Console.
/// </summary>
internal sealed record CliContext(TextWriter Out, TextWriter Error)
{
    /// <summary>Relative paths on the command line are resolved against this folder.</summary>
    public string CurrentDirectory { get; init; } = Environment.CurrentDirectory;

    /// <summary>The folder of the executable, where the build copies schemas/.</summary>
    public string BaseDirectory { get; init; } = AppContext.BaseDirectory;

    public Func<string, string?> GetEnvironmentVariable { get; init; } = Environment.GetEnvironmentVariable;

    public TimeProvider Time { get; init; } = TimeProvider.System;

    public IIdentificatieGenerator Identificaties { get; init; } = new RandomIdentificaties();

    /// <summary>The language of human output, from --lang or the environment (set by <see cref="GatewayCommandLine"/>).</summary>
    public Language Language { get; init; } = Language.En;

    /// <summary>The texts and number formats of <see cref="Language"/>.</summary>
    public TextCatalogue Texts => TextCatalogue.For(Language);

    /// <summary>A command-line path made absolute against <see cref="CurrentDirectory"/>.</summary>
    public string FullPath(string path) => Path.GetFullPath(path, CurrentDirectory);
}
