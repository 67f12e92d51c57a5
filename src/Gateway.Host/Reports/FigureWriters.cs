using Gateway.Routing.Figures;

namespace Gateway.Host.Reports;

/// <summary>The writer of each format, and the file name a written report gets.</summary>
internal static class FigureWriters
{
    public static IFigureWriter For(ReportFormat format) => format switch
    {
        ReportFormat.Table => TableFigureWriter.Instance,
        ReportFormat.Csv => CsvFigureWriter.Instance,
        ReportFormat.Json => JsonFigureWriter.Instance,
        ReportFormat.Xlsx => XlsxFigureWriter.Instance,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "no writer for this format"),
    };

    /// <summary>stuurinformatie-{kind}-{van}-{tot}.{ext}, e.g. stuurinformatie-declaraties-2026-01-2026-06.csv.</summary>
    public static string FileName(FigureTable table, IFigureWriter writer) =>
        $"stuurinformatie-{ReportKinds.Name(table.Kind)}-{table.Request.Van}-{table.Request.Tot}.{writer.Extension}";
}
