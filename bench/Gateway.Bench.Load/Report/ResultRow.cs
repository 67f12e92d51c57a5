namespace Gateway.Bench.Load.Report;

/// <summary>
/// One line of the results: a run of one scenario. Sent/acknowledged/busy/refused come from the client; accepted and
/// rejected from the gateways' own counters (gateway_messages_total) over the run; CPU seconds of the gateway processes
/// and of the client over the run.
/// </summary>
internal sealed record ResultRow(
    string Scenario,
    string Phase,
    string Mode,
    int Sent,
    int Acknowledged,
    int Busy,
    int Refused,
    int Failed,
    int NotSent,
    double Accepted,
    double Rejected,
    double PerSecond,
    double P50,
    double P99,
    double Max,
    double GatewayCpu,
    double ClientCpu,
    string Notes)
{
    /// <summary>Bytes the gateways allocated over the run (managed heap); NaN when not known.</summary>
    public double GatewayAllocated { get; init; } = double.NaN;

    /// <summary>The gateways' kilobytes allocated per acknowledged message; NaN when not known.</summary>
    public double GatewayKilobytesPerMessage => Acknowledged > 0 ? GatewayAllocated / 1024 / Acknowledged : double.NaN;

    /// <summary>CPU seconds the PostgreSQL server used over the run; NaN on SQLite.</summary>
    public double ServerCpu { get; init; } = double.NaN;

    /// <summary>The PostgreSQL server's CPU milliseconds per acknowledged message (or delivery); NaN on SQLite.</summary>
    public double ServerCpuPerMessage => CpuPerMessage(ServerCpu, Acknowledged);

    /// <summary>The gateways' CPU milliseconds per acknowledged message (or delivery) of the run.</summary>
    public double GatewayCpuPerMessage => CpuPerMessage(GatewayCpu, Acknowledged);

    /// <summary>CPU milliseconds per message: <paramref name="cpuSeconds"/> over <paramref name="messages"/>; NaN when none.</summary>
    public static double CpuPerMessage(double cpuSeconds, int messages) => messages > 0 ? cpuSeconds * 1000 / messages : double.NaN;
}
