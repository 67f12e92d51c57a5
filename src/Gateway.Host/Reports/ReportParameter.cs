namespace Gateway.Host.Reports;

/// <summary>A part of a report request, which the CLI names as an option (<c>--from</c>) and the API as a query parameter (<c>from</c>).</summary>
internal enum ReportParameter
{
    Kind,
    From,
    To,
    Gemeente,
    Aanbieder,
    Format,
    Out,
    Extern,
}
