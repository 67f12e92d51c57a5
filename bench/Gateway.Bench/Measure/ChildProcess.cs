using System.Diagnostics;
using System.Text;

namespace Gateway.Bench.Measure;

/// <summary>Starts a program, waits for it and returns its exit code, stdout, stderr and wall-clock time.</summary>
internal static class ChildProcess
{
    /// <param name="CpuSeconds">User + system CPU of the child (all its threads); NaN where it cannot be read.</param>
    public sealed record Outcome(int ExitCode, string Stdout, string Stderr, double Seconds, double CpuSeconds);

    public static Outcome Run(string program, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { stdout.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { stderr.AppendLine(e.Data); } };
        var cpuBefore = ChildCpu.Seconds();
        var watch = Stopwatch.StartNew();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        var seconds = watch.Elapsed.TotalSeconds;
        return new Outcome(process.ExitCode, stdout.ToString(), stderr.ToString(), seconds, ChildCpu.Seconds() - cpuBefore);
    }

    /// <summary>The command that starts this program again (apphost, or dotnet plus the assembly).</summary>
    public static (string Program, IReadOnlyList<string> Prefix) Self()
    {
        var processPath = Environment.ProcessPath ?? throw new InvalidOperationException("Cannot find the path of this program.");
        var name = Path.GetFileNameWithoutExtension(processPath);
        return string.Equals(name, "dotnet", StringComparison.OrdinalIgnoreCase)
            ? (processPath, [typeof(ChildProcess).Assembly.Location])
            : (processPath, []);
    }
}
