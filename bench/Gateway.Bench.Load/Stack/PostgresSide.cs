namespace Gateway.Bench.Load.Stack;

/// <summary>The PostgreSQL database of a scenario and the postmaster of its server (for the server's CPU time).</summary>
internal sealed record PostgresSide(string ConnectionString, int? Postmaster)
{
    /// <summary>CPU seconds the server has used so far; NaN when its postmaster is not known.</summary>
    public double CpuSeconds() => Postmaster is { } pid ? ServerCpu.Seconds(pid) : double.NaN;
}
