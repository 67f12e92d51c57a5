using System.Diagnostics;

namespace Gateway.Host.Tests.Support;

/// <summary>One finished run of an outside command: exit code and what it printed.</summary>
internal sealed record ProcessRun(int ExitCode, string Out, string Error)
{
    /// <summary>
    /// The hang guard of every command these tests start: far beyond what a pack, an install or a demo takes on a loaded
    /// machine, so it only ends a run that hangs; nothing is asserted about how long a command took.
    /// </summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(15);

    /// <summary>Everything the command printed, for a failed assertion's message.</summary>
    public string Text => $"exit {ExitCode}\n{Out}\n{Error}";

    /// <summary>
    /// Runs <paramref name="fileName"/> in <paramref name="workingDirectory"/> without the test host's MSBuild and
    /// schema variables, so the command sees what an operator's shell gives it.
    /// </summary>
    public static async Task<ProcessRun> StartAsync(string fileName, string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || k == "GATEWAY_SCHEMAS").ToList())
        {
            start.Environment.Remove(key);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var guard = new CancellationTokenSource(HangGuard);
        try
        {
            await process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return new ProcessRun(-1, await output, $"{fileName} still running after {HangGuard.TotalMinutes} minutes: " + await error);
        }

        return new ProcessRun(process.ExitCode, await output, await error);
    }
}
