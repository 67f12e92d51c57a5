using System.Runtime;
using System.Runtime.InteropServices;

namespace Gateway.Bench.Report;

/// <summary>The machine and runtime the figures were taken on.</summary>
internal sealed record Machine(string Cpu, int Cores, string Runtime, string Os, string Gc, string LoadAverage, string Xmllint)
{
    public static Machine Describe(string xmllint) => new(
        CpuModel(),
        Environment.ProcessorCount,
        RuntimeInformation.FrameworkDescription,
        RuntimeInformation.OSDescription + " " + RuntimeInformation.OSArchitecture,
        (GCSettings.IsServerGC ? "server" : "workstation") + " GC, " + GCSettings.LatencyMode,
        CurrentLoad(),
        xmllint);

    /// <summary>The 1/5/15-minute load average now, to say how busy the machine was.</summary>
    public static string CurrentLoad() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string CpuModel()
    {
        const string file = "/proc/cpuinfo";
        var line = File.Exists(file)
            ? File.ReadLines(file).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))
            : null;
        return line?.Split(':', 2)[1].Trim() ?? RuntimeInformation.ProcessArchitecture.ToString();
    }
}
