using System.Globalization;
using System.Text;
using Gateway.Bench.Report;

namespace Gateway.Bench.Load.Report;

/// <summary>The results as a Markdown table with the machine described, the load average before and after.</summary>
internal static class LoadReport
{
    public static string Render(IReadOnlyList<ResultRow> rows, Machine machine, string loadBefore, string loadAfter, string command)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Machine: {machine.Cpu}, {machine.Cores} cores, {MemoryTotal()} memory; {machine.Os}; {machine.Runtime} ({machine.Gc}).");
        text.AppendLine(CultureInfo.InvariantCulture, $"Load average (1/5/15 min) before: {loadBefore}; after: {loadAfter}. Command: `{command}`.");
        text.AppendLine();
        text.AppendLine("| Scenario | Run | Mode | Sent | Acked | Busy / refused / failed / not sent | Accepted / rejected (gateway) | msg/s | p50 ms | p99 ms | max ms | Gateway CPU s | Gateway CPU ms/msg | Gateway alloc KB/msg | PostgreSQL CPU ms/msg | Client CPU s |");
        text.AppendLine("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Scenario} | {r.Phase} | {r.Mode} | {r.Sent:N0} | {r.Acknowledged:N0} | {r.Busy:N0} / {r.Refused:N0} / {r.Failed:N0} / {r.NotSent:N0} | {Number(r.Accepted)} / {Number(r.Rejected)} | {r.PerSecond:N0} | {Ms(r.P50)} | {Ms(r.P99)} | {Ms(r.Max)} | {Seconds(r.GatewayCpu)} | {PerMessage(r.GatewayCpuPerMessage)} | {Number(r.GatewayKilobytesPerMessage)} | {PerMessage(r.ServerCpuPerMessage)} | {Seconds(r.ClientCpu)} |");
        }

        text.AppendLine();
        foreach (var r in rows.Where(r => r.Notes.Length > 0))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {r.Scenario}, {r.Phase}: {r.Notes}");
        }

        return text.ToString();
    }

    private static string Number(double n) => double.IsNaN(n) ? "–" : n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Seconds(double s) => double.IsNaN(s) ? "–" : s.ToString("0.0", CultureInfo.InvariantCulture);

    private static string PerMessage(double ms) => double.IsNaN(ms) ? "–" : ms.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Ms(double ms) => double.IsNaN(ms) ? "–" : ms.ToString(ms < 10 ? "0.0" : "N0", CultureInfo.InvariantCulture);

    /// <summary>MemTotal of /proc/meminfo in GB.</summary>
    private static string MemoryTotal()
    {
        const string file = "/proc/meminfo";
        var line = File.Exists(file) ? File.ReadLines(file).FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)) : null;
        return line is not null && long.TryParse(line["MemTotal:".Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var kb)
            ? string.Create(CultureInfo.InvariantCulture, $"{kb / 1024.0 / 1024.0:0.0} GB")
            : "unknown";
    }
}
