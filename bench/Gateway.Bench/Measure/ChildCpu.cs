using System.Runtime.InteropServices;

namespace Gateway.Bench.Measure;

/// <summary>
/// CPU time (user + system) of this process's children that have been waited for, from getrusage(RUSAGE_CHILDREN):
/// the difference across one child's run is that child's CPU, however many threads it used. On a shared machine this
/// is steadier than the wall clock, which also counts the time the child waited for a core.
/// </summary>
internal static class ChildCpu
{
    private const int RusageChildren = -1;

    public static double Seconds()
    {
        if (!OperatingSystem.IsLinux() || getrusage(RusageChildren, out var usage) != 0)
        {
            return double.NaN;
        }

        return usage.UserSeconds + (usage.UserMicroseconds / 1e6) + usage.SystemSeconds + (usage.SystemMicroseconds / 1e6);
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int getrusage(int who, out Usage usage);

    /// <summary>struct rusage on 64-bit Linux: two timevals, then 14 longs this program does not read (hence the size).</summary>
    [StructLayout(LayoutKind.Sequential, Size = 18 * sizeof(long))]
    private struct Usage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
    }
}
