using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Gateway.Bench.Inputs;
using Gateway.Bench.Report;
using Gateway.Messages.Validation;

namespace Gateway.Bench.Conformance;

/// <summary>
/// Runs every example and its schema-valid mutants through the gateway's levels 1+2 and the official XSLT, and
/// prints how often the two report exactly the same level-2 codes.
/// </summary>
internal sealed class ConformanceRun(ConformanceOptions options, TextWriter progress)
{
    /// <summary>Differences kept on purpose: TR319 is a level-3 check here (retourcode 9319), RS033 has no XSLT template.</summary>
    public static readonly string[] KeptDifferences = ["TR319", "RS033"];

    /// <summary>Mutants tried per mutant kept, before an example is given up (its edits keep breaking the schema).</summary>
    private const int AttemptsPerMutant = 25;

    public int Execute(TextWriter output)
    {
        var layout = RepositoryLayout.Find(options.Repo);
        var xslt = OfficialXslt.Load(options.XsltFolder);
        var validator = new MessageValidator(new MessagesOptions { SchemaRoot = layout.Schemas });
        var examples = Examples(options.ExamplesFolder);
        var tally = new Tally();

        foreach (var file in examples)
        {
            var bytes = File.ReadAllBytes(file);
            var document = XDocument.Load(new MemoryStream(bytes));
            var standard = StandardOf(document);
            if (standard is null || !xslt.Standards.Contains(standard))
            {
                progress.WriteLine($"skipped {Path.GetFileName(file)}: no stylesheet for its namespace");
                continue;
            }

            var name = Path.GetFileName(file);
            Compare(validator, xslt, standard, name, "example itself", bytes, tally);
            var kept = 0;
            var tried = 0;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (edits, mutant) in new MutantGenerator(options.Seed, name, document).Mutants())
            {
                if (kept >= options.MutantsPerExample || ++tried > options.MutantsPerExample * AttemptsPerMutant)
                {
                    break;
                }

                if (!seen.Add(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(mutant))))
                {
                    continue;
                }

                if (Compare(validator, xslt, standard, name, edits, mutant, tally))
                {
                    kept++;
                }
            }

            progress.WriteLine($"{name}: {kept} schema-valid mutants of {tried} tried");
        }

        output.Write(tally.Render(options.Markdown));
        return 0;
    }

    /// <summary>Compares one message; false when level 1 refuses it (not a schema-valid mutant).</summary>
    private bool Compare(MessageValidator validator, OfficialXslt xslt, string standard, string example, string edits, byte[] message, Tally tally)
    {
        var result = validator.Validate(message);
        if (result.Issues.Any(i => i.Level == 1))
        {
            tally.RefusedAtLevel1++;
            return false;
        }

        var ours = new SortedSet<string>(result.Issues.Where(i => i.Level == 2).Select(i => i.Code), StringComparer.Ordinal);
        var theirs = xslt.Codes(standard, message)!;
        var agrees = tally.Add(ours, theirs, KeptDifferences);
        if (!agrees && options.Keep is { } keep)
        {
            Directory.CreateDirectory(keep);
            var file = string.Create(
                CultureInfo.InvariantCulture,
                $"{tally.Total:D6}-{Path.GetFileNameWithoutExtension(example)}-xslt[{string.Join('+', theirs)}]-ours[{string.Join('+', ours)}].xml");
            File.WriteAllBytes(Path.Combine(keep, file), message);
            File.WriteAllText(Path.Combine(keep, Path.ChangeExtension(file, ".edits.txt")), edits + Environment.NewLine, Encoding.UTF8);
        }

        return true;
    }

    private static List<string> Examples(string folder) =>
        Directory.Exists(folder)
            ? [.. Directory.GetFiles(folder, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)]
            : throw new DirectoryNotFoundException($"--examples {folder}: no such folder.");

    private static string? StandardOf(XDocument document) =>
        document.Root?.Name.NamespaceName switch
        {
            { } ns when ns.Contains("/ijw/", StringComparison.Ordinal) => "ijw",
            { } ns when ns.Contains("/iwmo/", StringComparison.Ordinal) => "iwmo",
            _ => null,
        };
}
