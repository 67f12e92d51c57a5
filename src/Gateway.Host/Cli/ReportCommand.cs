using System.CommandLine;
using System.Text;
using Gateway.Host.Cli.Texts;
using Gateway.Host.Reports;

namespace Gateway.Host.Cli;

/// <summary>
/// `gateway report &lt;kind&gt; --config FILE [--from YYYY-MM] [--to YYYY-MM] [--gemeente CODE …] [--aanbieder AGB …]
/// [--format table|csv|json|xlsx] [--out FILE] [--extern]`: a steering report from the ledger of the store file.
/// </summary>
internal static class ReportCommand
{
    /// <summary>The formats of the command line (the first is the default).</summary>
    public static readonly IReadOnlyList<ReportFormat> Formats = [ReportFormat.Table, ReportFormat.Csv, ReportFormat.Json, ReportFormat.Xlsx];

    public static Command Create(CliContext context)
    {
        var kind = new Argument<string>("kind") { Description = $"The report: {string.Join(", ", ReportKinds.Names)}." };
        var config = RunCommand.ConfigOption();
        var from = new Option<string?>("--from") { Description = "First month (default: January of the year of --to).", HelpName = "YYYY-MM" };
        var to = new Option<string?>("--to") { Description = "Last month, included (default: this month).", HelpName = "YYYY-MM" };
        var gemeente = new Option<string[]>("--gemeente") { Description = "Only these gemeenten (current codes; a merged code counts under its successor).", HelpName = "CODE", AllowMultipleArgumentsPerToken = true };
        var aanbieder = new Option<string[]>("--aanbieder") { Description = "Only these providers (AGB codes).", HelpName = "AGB", AllowMultipleArgumentsPerToken = true };
        var format = new Option<string?>("--format") { Description = "table (default), csv (Excel with Dutch settings), json (amounts in eurocents) or xlsx (needs --out).", HelpName = "table|csv|json|xlsx" };
        var output = new Option<string?>("--out") { Description = "Write to this file instead of the terminal.", HelpName = "FILE" };
        var external = new Option<bool>("--extern") { Description = "For outside the back office: rows counting fewer clients than Gateway:Reports:MinimumClients (default 5) show no figures." };
        var command = new Command("report", "Steering figures from the ledger per gemeente, provider, product, funding variant and month (works on the store file; the gateway may be running).")
        {
            kind, config, from, to, gemeente, aanbieder, format, output, external,
        };
        command.SetAction(async (parsed, ct) =>
        {
            var texts = context.Texts;
            var arguments = new ReportArguments(parsed.GetValue(kind), parsed.GetValue(from), parsed.GetValue(to), parsed.GetValue(gemeente) ?? [], parsed.GetValue(aanbieder) ?? [], parsed.GetValue(format), parsed.GetValue(external));
            if (!ReportQuery.TryParse(arguments, Formats, ReportQuery.CurrentMonth(context.Time), out var query, out var mistake))
            {
                throw new UsageException(mistake.Describe(texts, Name));
            }

            var file = parsed.GetValue(output) is { Length: > 0 } path ? context.FullPath(path) : null;
            if (query.Format == ReportFormat.Xlsx && file is null)
            {
                throw new UsageException(TextCatalogue.Say(texts.ReportNeedsOut, Name(ReportParameter.Format), ReportQuery.Name(query.Format), Name(ReportParameter.Out)));
            }

            return await OperatorStore.WithServicesAsync(parsed.GetValue(config), context, async services =>
            {
                var table = await services.GetRequiredService<ReportQueries>().BuildAsync(OperatorStore.Account(null), query, ct);
                var writer = FigureWriters.For(query.Format);
                if (file is null)
                {
                    using var buffer = new MemoryStream();
                    await writer.WriteAsync(table, buffer, ct);
                    context.Out.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetString(WithoutBom(buffer.ToArray())));
                    return ExitCodes.Ok;
                }

                try
                {
                    await using var stream = new FileStream(file, FileMode.Create, FileAccess.Write);
                    await writer.WriteAsync(table, stream, ct);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new UsageException($"{Name(ReportParameter.Out)} {file}: {e.Message}");
                }

                context.Out.WriteLine(TextCatalogue.Say(texts.ReportWritten, table.Rows.Count, file));
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    /// <summary>The option's name: --from, --gemeente …; the report's kind is the argument &lt;kind&gt;.</summary>
    public static string Name(ReportParameter parameter) => parameter == ReportParameter.Kind ? "<kind>" : "--" + parameter.ToString().ToLowerInvariant();

    /// <summary>CSV carries a byte order mark for Excel; a terminal shows it as a stray character.</summary>
    private static ReadOnlySpan<byte> WithoutBom(byte[] bytes) => bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? bytes.AsSpan(Encoding.UTF8.Preamble.Length) : bytes;
}
