using System.Globalization;
using System.Text;
using Gateway.Bench.Figures.Generate;
using Gateway.Bench.Report;

namespace Gateway.Bench.Figures.Measure;

/// <summary>The report figures as a plain-text or Markdown table, after the machine and the store they were taken on.</summary>
internal static class ReportTable
{
    private static readonly string[] Header = ["Report", "Scope", "Rows", "Median s", "Max s", "Peak RSS MB", "Peak above start MB", "Alloc MB/call"];

    public static string Render(Machine machine, long? memory, string loadAtStart, string sqlite, GenerationManifest store, long storeBytes, int runs, IReadOnlyList<ReportFigures> rows, bool markdown)
    {
        var cells = rows.Select(r => new[]
        {
            r.Kind.ToString().ToLowerInvariant(),
            r.Scope,
            r.Measured ? r.Rows!.Value.ToString("N0", CultureInfo.InvariantCulture) : r.Status,
            r.Measured ? r.Median.ToString("F3", CultureInfo.InvariantCulture) : "–",
            r.Measured ? r.Max.ToString("F3", CultureInfo.InvariantCulture) : "–",
            Megabytes(r.PeakBytes),
            Megabytes(r.PeakAboveStartBytes),
            Megabytes(r.AllocatedBytes, "F1"),
        }).ToList();

        var text = new StringBuilder();
        var bullet = markdown ? "- " : "";
        text.AppendLine(CultureInfo.InvariantCulture, $"{bullet}Machine: {machine.Cpu}, {machine.Cores} cores, {Megabytes(memory, "N0")} MB memory, {machine.Os}");
        text.AppendLine(CultureInfo.InvariantCulture, $"{bullet}Runtime: {machine.Runtime}, {machine.Gc}; SQLite {sqlite}");
        text.AppendLine(CultureInfo.InvariantCulture, $"{bullet}Load average (1/5/15 min): {loadAtStart} at the start, {machine.LoadAverage} at the end");
        text.AppendLine(CultureInfo.InvariantCulture, $"{bullet}Store: {store.Clients:N0} clients, {store.Providers} providers, {store.GatewayMessages:N0} messages through the gateway ({store.Declaraties:N0} 323s, {store.PlannedPrestaties:N0} prestaties), {Rows(store, t => t == "message"):N0} message rows, {Rows(store, t => t.StartsWith("ledger_", StringComparison.Ordinal)):N0} ledger rows, {Rows(store, IsFigureTable):N0} figure rows, {storeBytes / 1_000_000.0:N0} MB; generated in {(store.PlanSeconds + store.SendSeconds) / 60:F1} min");
        text.AppendLine(CultureInfo.InvariantCulture, $"{bullet}Each report: one untimed warm-up, then {runs} timed runs; median and max wall time of `FigureReports.BuildAsync`; peak RSS = VmHWM over the calls (reset before each), above start = VmHWM − VmRSS before the call; allocated = `GC.GetTotalAllocatedBytes(precise: true)` difference, median");
        text.AppendLine();
        TextTable.Append(text, Header, cells, textColumns: 2, markdown);
        return text.ToString();
    }

    /// <summary>Tables the figures work adds (summary tables kept with the ledger), recognised by name.</summary>
    public static bool IsFigureTable(string table) =>
        table.StartsWith("figure", StringComparison.Ordinal) || table.StartsWith("fig_", StringComparison.Ordinal);

    private static long Rows(GenerationManifest store, Func<string, bool> which) => store.Tables.Where(t => which(t.Key)).Sum(t => t.Value);

    private static string Megabytes(long? bytes, string format = "F0") =>
        bytes is { } b ? (b / 1_000_000.0).ToString(format, CultureInfo.InvariantCulture) : "–";
}
