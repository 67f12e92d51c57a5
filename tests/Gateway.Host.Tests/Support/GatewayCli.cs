using System.Globalization;
using Gateway.Host.Cli;
using Gateway.Messages.Answers;
using Gateway.Messages.Standards;

namespace Gateway.Host.Tests.Support;

/// <summary>What one in-process run of the CLI printed and returned.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
}

/// <summary>Runs the CLI in-process from the checkout root, with captured writers, a fixed clock and R0001-style identifications.</summary>
internal static class GatewayCli
{
    public static CliRun Run(params string[] args) => RunAt(new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero)), args);

    /// <summary>Runs the CLI on <paramref name="time"/>, for verbs that judge messages made for today against a store.</summary>
    public static CliRun RunAt(TimeProvider time, params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var context = new CliContext(output, error)
        {
            CurrentDirectory = RepoPaths.Root,
            GetEnvironmentVariable = _ => null,
            Time = time,
            Identificaties = new SequentialIdentificaties(),
        };
        var code = GatewayCommandLine.Run(args, context);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    private sealed class SequentialIdentificaties : IIdentificatieGenerator
    {
        private int _next;

        public string Next(MessageCode message) => string.Create(CultureInfo.InvariantCulture, $"R{++_next:D4}");
    }
}
