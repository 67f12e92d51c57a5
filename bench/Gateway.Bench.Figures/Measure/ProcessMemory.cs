using System.Globalization;

namespace Gateway.Bench.Figures.Measure;

/// <summary>
/// The process's resident memory from <c>/proc/self/status</c>: VmRSS now and VmHWM, the peak (what
/// <c>Process.PeakWorkingSet64</c> reports). Writing 5 to <c>/proc/self/clear_refs</c> resets the peak to the current
/// size (Linux ≥ 4.0), so each report call gets a peak of its own.
/// </summary>
internal static class ProcessMemory
{
    private const string Status = "/proc/self/status";

    public static long? Resident => Read("VmRSS:");

    public static long? Peak => Read("VmHWM:");

    /// <summary>Resets the peak to the current resident size; false where the kernel does not allow it (the peak then runs from the process start).</summary>
    public static bool TryResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Total memory of the machine (MemTotal of /proc/meminfo), or null when unknown.</summary>
    public static long? MachineTotal => Read("MemTotal:", "/proc/meminfo");

    private static long? Read(string field, string file = Status)
    {
        if (!File.Exists(file))
        {
            return null;
        }

        var line = File.ReadLines(file).FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        var value = line?[field.Length..].Trim().Split(' ')[0];
        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var kb) ? kb * 1024 : null;
    }
}
