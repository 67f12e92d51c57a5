using System.Globalization;
using Gateway.Host.Operators;
using Gateway.Messages.Standards;
using Gateway.Routing.Store;
using Microsoft.AspNetCore.Mvc;

namespace Gateway.Host.Console.Pages;

/// <summary>
/// Search by the message's numbers, parties, kind, state and dates, newest first, paged. A BSN is posted, never put in a
/// URL; it is kept for the following pages in the encrypted temp-data cookie, matched by the store through its keyed
/// hash, and never written back into the page.
/// </summary>
internal sealed class SearchModel(ConsoleQueries queries) : ConsolePageModel
{
    public const int PageSize = 25;
    private const string BsnKey = "console.search.bsn";

    [BindProperty(SupportsGet = true)] public string? Identificatie { get; set; }
    [BindProperty(SupportsGet = true)] public string? Referentienummer { get; set; }
    [BindProperty(SupportsGet = true)] public string? ToewijzingNummer { get; set; }
    [BindProperty(SupportsGet = true)] public string? DeclaratieNummer { get; set; }
    [BindProperty(SupportsGet = true)] public string? Aanbieder { get; set; }
    [BindProperty(SupportsGet = true)] public string? Gemeente { get; set; }
    [BindProperty(SupportsGet = true)] public string? Code { get; set; }
    [BindProperty(SupportsGet = true)] public string? State { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? Until { get; set; }
    [BindProperty(SupportsGet = true)] public string? After { get; set; }

    /// <summary>Set when the search includes the BSN posted before (the BSN itself stays out of the page).</summary>
    [BindProperty(SupportsGet = true)] public bool ByBsn { get; set; }

    public PageView<MessageHitView>? Results { get; private set; }

    public IReadOnlyList<string> Mistakes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var bsn = ByBsn ? TempData.Peek(BsnKey) as string : null;
        if (ByBsn && bsn is null)
        {
            ByBsn = false;
        }

        if (!Asked() && bsn is null)
        {
            return;
        }

        var mistakes = new List<string>();
        var query = Criteria(bsn, mistakes);
        Mistakes = mistakes;
        if (mistakes.Count == 0)
        {
            Results = await queries.SearchAsync(Account, query, PageCursor.TryParse(After, out var cursor) ? cursor : null, PageSize, cancellationToken);
        }
    }

    /// <summary>A BSN search: the BSN goes into the encrypted temp-data cookie and the page is fetched again without it.</summary>
    public IActionResult OnPostBsn(string? bsn)
    {
        var digits = bsn?.Trim() ?? "";
        if (digits.Length != 9 || !digits.All(char.IsAsciiDigit))
        {
            Mistakes = [T["search.bsn.wrong"]];
            return Page();
        }

        TempData[BsnKey] = digits;
        return RedirectToPage(new { ByBsn = true });
    }

    /// <summary>The query string of the next page: every criterion but the BSN.</summary>
    public string NextPage(string next)
    {
        var parts = new Dictionary<string, string?>
        {
            [nameof(Identificatie)] = Identificatie, [nameof(Referentienummer)] = Referentienummer, [nameof(ToewijzingNummer)] = ToewijzingNummer,
            [nameof(DeclaratieNummer)] = DeclaratieNummer, [nameof(Aanbieder)] = Aanbieder, [nameof(Gemeente)] = Gemeente, [nameof(Code)] = Code,
            [nameof(State)] = State, [nameof(From)] = From, [nameof(Until)] = Until, [nameof(ByBsn)] = ByBsn ? "true" : null, [nameof(After)] = next,
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/console/search", parts.Where(p => !string.IsNullOrWhiteSpace(p.Value)));
    }

    private bool Asked() => new[] { Identificatie, Referentienummer, ToewijzingNummer, DeclaratieNummer, Aanbieder, Gemeente, Code, State, From, Until }.Any(v => !string.IsNullOrWhiteSpace(v));

    private MessageSearch Criteria(string? bsn, List<string> mistakes)
    {
        long? toewijzing = null;
        if (Trim(ToewijzingNummer) is { } nummer)
        {
            if (long.TryParse(nummer, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                toewijzing = parsed;
            }
            else
            {
                mistakes.Add(string.Format(CultureInfo.InvariantCulture, T["search.notanumber"], T["col.toewijzingnummer"], nummer));
            }
        }

        MessageCode? code = null;
        if (Trim(Code) is { } codeText)
        {
            if (int.TryParse(codeText, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && Enum.IsDefined((MessageCode)number))
            {
                code = (MessageCode)number;
            }
            else
            {
                mistakes.Add(string.Format(CultureInfo.InvariantCulture, T["search.notacode"], codeText));
            }
        }

        MessageState? state = null;
        if (Trim(State) is { } stateText)
        {
            if (Enum.TryParse<MessageState>(stateText, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
            {
                state = parsed;
            }
            else
            {
                mistakes.Add(string.Format(CultureInfo.InvariantCulture, T["search.notastate"], stateText));
            }
        }

        return new MessageSearch
        {
            Identificatie = Trim(Identificatie),
            Referentienummer = Trim(Referentienummer),
            ToewijzingNummer = toewijzing,
            DeclaratieNummer = Trim(DeclaratieNummer),
            Aanbieder = Trim(Aanbieder),
            Gemeente = Trim(Gemeente),
            Bsn = bsn,
            Code = code,
            State = state,
            From = Day(From, T["search.from"], mistakes),
            Until = Day(Until, T["search.until"], mistakes)?.AddDays(1),
        };
    }

    private DateTimeOffset? Day(string? text, string field, List<string> mistakes)
    {
        if (Trim(text) is not { } day)
        {
            return null;
        }

        if (DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }

        mistakes.Add(string.Format(CultureInfo.InvariantCulture, T["search.notadate"], field, day));
        return null;
    }

    private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
