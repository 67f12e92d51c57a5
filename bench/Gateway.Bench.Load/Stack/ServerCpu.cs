using System.Globalization;

namespace Gateway.Bench.Load.Stack;

/// <summary>
/// The CPU time a PostgreSQL server has used so far: its postmaster with the children it has reaped, plus every live
/// child (the backends, the WAL writer, the checkpointer …), from <c>/proc</c>. On a machine of two cores the server's
/// share counts as much as the gateway's: an instance that saves a round trip saves the server's work too.
/// </summary>
internal static class ServerCpu
{
    /// <summary>CPU seconds of the server whose postmaster is <paramref name="postmaster"/>; NaN when /proc cannot say.</summary>
    public static double Seconds(int postmaster)
    {
        if (Read(postmaster) is not { } own)
        {
            return double.NaN;
        }

        var ticks = own.Self + own.Reaped;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && pid != postmaster
                && Read(pid) is { } child && child.Parent == postmaster)
            {
                ticks += child.Self;
            }
        }

        // USER_HZ is 100 on Linux.
        return ticks / 100.0;
    }

    /// <summary>CPU seconds of one server process (a backend) so far; 0 when it is gone.</summary>
    public static double ProcessSeconds(int pid) => Read(pid) is { } process ? process.Self / 100.0 : 0;

    /// <summary>The postmaster's pid: the first line of postmaster.pid in the data directory.</summary>
    public static int? Postmaster(string dataDirectory)
    {
        var file = Path.Combine(dataDirectory, "postmaster.pid");
        return File.Exists(file) && int.TryParse(File.ReadLines(file).FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
    }

    private static (int Parent, long Self, long Reaped)? Read(int pid)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }

        // The command name (field 2) may hold spaces: the fields after it follow its closing parenthesis.
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        long Field(int number) => long.Parse(fields[number - 3], CultureInfo.InvariantCulture);
        return ((int)Field(4), Field(14) + Field(15), Field(16) + Field(17));
    }
}
