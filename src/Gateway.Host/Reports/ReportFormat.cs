namespace Gateway.Host.Reports;

/// <summary>How a report is written (the CLI's and the API's <c>format</c>).</summary>
internal enum ReportFormat
{
    /// <summary>Aligned columns for a terminal (CLI only).</summary>
    Table,

    /// <summary>Semicolon-separated values for Excel with Dutch settings.</summary>
    Csv,

    /// <summary>JSON with amounts as whole eurocents.</summary>
    Json,

    /// <summary>An Excel workbook.</summary>
    Xlsx,
}
