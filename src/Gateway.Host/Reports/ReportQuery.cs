using Gateway.Host.Cli.Texts;
using Gateway.Messages.Envelopes.Ggk;
using Gateway.Routing.Figures;

namespace Gateway.Host.Reports;

/// <summary>A checked report request: which report, over which months, gemeenten and providers, written how, for whom.</summary>
/// <param name="Extern">Meant for outside the back office: small cells are suppressed.</param>
internal sealed record ReportQuery(FigureKind Kind, FigureRequest Request, ReportFormat Format, bool Extern)
{
    /// <summary>The longest range one report covers, in months.</summary>
    public const int MaxMonths = 36;

    /// <summary>
    /// Checks the arguments: a known kind and format, months as yyyy-MM (<c>to</c> defaults to <paramref name="now"/>,
    /// <c>from</c> to January of <c>to</c>'s year), from not after to and at most <see cref="MaxMonths"/> months, gemeenten as
    /// four digits and providers as eight (also comma-separated).
    /// </summary>
    public static bool TryParse(ReportArguments arguments, IReadOnlyList<ReportFormat> formats, Maand now, out ReportQuery query, out ReportMistake mistake)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        query = null!;
        mistake = null!;
        if (!ReportKinds.TryParse(arguments.Kind, out var kind))
        {
            mistake = new(ReportParameter.Kind, t => t.NotOneOf, ReportParameter.Kind, arguments.Kind ?? "", string.Join(", ", ReportKinds.Names));
            return false;
        }

        var format = formats[0];
        if (arguments.Format is { } typed && !TryFormat(typed, formats, out format))
        {
            mistake = new(ReportParameter.Format, t => t.NotOneOf, ReportParameter.Format, typed, string.Join(", ", formats.Select(Name)));
            return false;
        }

        if (!TryMonth(arguments.To, ReportParameter.To, now, out var tot, out mistake)
            || !TryMonth(arguments.From, ReportParameter.From, new Maand(tot.Jaar, 1), out var van, out mistake))
        {
            return false;
        }

        if (van.CompareTo(tot) > 0)
        {
            mistake = new(ReportParameter.From, t => t.ReportFromAfterTo, ReportParameter.From, van, ReportParameter.To, tot);
            return false;
        }

        if (tot.CompareTo(van) + 1 > MaxMonths)
        {
            mistake = new(ReportParameter.To, t => t.ReportRangeTooLong, ReportParameter.From, van, ReportParameter.To, tot, tot.CompareTo(van) + 1, MaxMonths);
            return false;
        }

        if (!TryCodes(arguments.Gemeenten, 4, ReportParameter.Gemeente, t => t.ReportNotAGemeentecode, out var gemeenten, out mistake)
            || !TryCodes(arguments.Aanbieders, 8, ReportParameter.Aanbieder, t => t.ReportNotAnAgbCode, out var aanbieders, out mistake))
        {
            return false;
        }

        query = new ReportQuery(kind, new FigureRequest(van, tot, gemeenten, aanbieders), format, arguments.Extern);
        return true;
    }

    /// <summary>The month it is now in the Netherlands.</summary>
    public static Maand CurrentMonth(TimeProvider time) => Maand.Of(DateOnly.FromDateTime(GgkTijdstip.FromInstant(time.GetUtcNow())));

    public static string Name(ReportFormat format) => format.ToString().ToLowerInvariant();

    private static bool TryFormat(string text, IReadOnlyList<ReportFormat> formats, out ReportFormat format)
    {
        foreach (var candidate in formats)
        {
            if (string.Equals(Name(candidate), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                format = candidate;
                return true;
            }
        }

        format = default;
        return false;
    }

    private static bool TryMonth(string? text, ReportParameter parameter, Maand fallback, out Maand maand, out ReportMistake mistake)
    {
        mistake = null!;
        maand = fallback;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (text.Trim().Length == 7 && Maand.TryParse(text.Trim(), out maand))
        {
            return true;
        }

        mistake = new(parameter, t => t.ReportNotAMonth, parameter, text);
        return false;
    }

    private static bool TryCodes(IReadOnlyList<string> typed, int digits, ReportParameter parameter, Func<TextCatalogue, string> text, out IReadOnlyList<string> codes, out ReportMistake mistake)
    {
        mistake = null!;
        var found = new List<string>();
        foreach (var code in typed.SelectMany(t => t.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (code.Length != digits || !code.All(char.IsAsciiDigit))
            {
                codes = [];
                mistake = new(parameter, text, parameter, code);
                return false;
            }

            if (!found.Contains(code, StringComparer.Ordinal))
            {
                found.Add(code);
            }
        }

        codes = found;
        return true;
    }
}
