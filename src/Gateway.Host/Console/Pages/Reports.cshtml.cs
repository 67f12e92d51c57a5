using Gateway.Host.Cli.Texts;
using Gateway.Host.Reports;
using Gateway.Routing.Figures;
using Microsoft.AspNetCore.Mvc;

namespace Gateway.Host.Console.Pages;

/// <summary>
/// The steering figures (stuurinformatie) as a table, with the same checks, scoping and log line as the API and the
/// command line; a mistake is named with its field.
/// </summary>
internal sealed class ReportsModel(ReportQueries reports, TimeProvider time) : ConsolePageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Gemeente { get; set; }

    public FigureTable? Table { get; private set; }

    public string? Mistake { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(Kind))
        {
            return;
        }

        var texts = TextCatalogue.For(T.Code == "en" ? Language.En : Language.Nl);
        var gemeenten = string.IsNullOrWhiteSpace(Gemeente) ? Array.Empty<string>() : [Gemeente.Trim()];
        var arguments = new ReportArguments(Kind, NullIfEmpty(From), NullIfEmpty(To), gemeenten, [], null, Extern: false);
        if (!ReportQuery.TryParse(arguments, [ReportFormat.Json], ReportQuery.CurrentMonth(time), out var query, out var mistake))
        {
            Mistake = mistake.Describe(texts, ReportsApi.Name);
            return;
        }

        if (!ReportQueries.TryScope(Account, query.Request, out var scoped))
        {
            Mistake = T["reports.notyours"];
            return;
        }

        Table = await reports.BuildAsync(Account, query with { Request = scoped }, cancellationToken);
    }

    public static string Cell(object? value, FigureValueKind kind) => FigureValues.DutchText(value, kind, grouped: true);

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
