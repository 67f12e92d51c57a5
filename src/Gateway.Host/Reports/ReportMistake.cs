using Gateway.Host.Cli.Texts;

namespace Gateway.Host.Reports;

/// <summary>
/// What is wrong with a report request: the parameter it is about, a text of the catalogues and its values, in which a
/// <see cref="ReportParameter"/> stands for the parameter's name as the caller spells it.
/// </summary>
internal sealed record ReportMistake(ReportParameter Parameter, Func<TextCatalogue, string> Text, params object[] Values)
{
    /// <summary>One line in the catalogue's language, e.g. "--from: '2026-13' is not a month like 2026-03".</summary>
    public string Describe(TextCatalogue texts, Func<ReportParameter, string> name) =>
        TextCatalogue.Say(Text(texts), [.. Values.Select(v => v is ReportParameter p ? name(p) : v)]);
}
