using Gateway.Routing.Figures;

namespace Gateway.Host.Reports;

/// <summary>Writes a report in one format.</summary>
internal interface IFigureWriter
{
    ReportFormat Format { get; }

    /// <summary>The HTTP content type of what it writes.</summary>
    string ContentType { get; }

    /// <summary>The file extension, without the dot.</summary>
    string Extension { get; }

    Task WriteAsync(FigureTable table, Stream destination, CancellationToken cancellationToken);
}
