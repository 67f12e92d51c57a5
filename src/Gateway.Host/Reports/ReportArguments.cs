namespace Gateway.Host.Reports;

/// <summary>A report request as typed on the command line or in a URL, before it is checked.</summary>
internal sealed record ReportArguments(
    string? Kind,
    string? From,
    string? To,
    IReadOnlyList<string> Gemeenten,
    IReadOnlyList<string> Aanbieders,
    string? Format,
    bool Extern);
