using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Gateway.Messages.Standards;

namespace Gateway.Host.Demo;

/// <summary>
/// What a back office of the sample region hands in: 301 toewijzingen (iJw: 45A48 and 54002; iWmo: 02A01 and 01A03) and
/// 319 antwoorden, made from the shipped samples with the region's gemeentecode, a provider's AGB, a client's BSN and
/// fresh identifications.
/// </summary>
internal sealed class BackOfficeMessages
{
    /// <summary>A product on the national iJw list that no provider of the demo region is contracted for (CT01).</summary>
    public const string UncontractedCode = "45A21";

    private readonly Dictionary<Standard, string> _toewijzing;
    private readonly string _antwoord;
    private readonly string _runPrefix;
    private long _next;

    public BackOfficeMessages(string samplesDirectory, TimeProvider time)
    {
        _toewijzing = new()
        {
            [Standard.Ijw] = File.ReadAllText(Path.Combine(samplesDirectory, "ijw", "jw301-toewijzing.xml")),
            [Standard.Iwmo] = File.ReadAllText(Path.Combine(samplesDirectory, "iwmo", "wmo301-toewijzing.xml")),
        };
        _antwoord = File.ReadAllText(Path.Combine(samplesDirectory, "ijw", "jw319-antwoord-in-onderzoek.xml"));
        // Identificaties are unique per run: a day-and-second prefix keeps reruns on one store apart.
        var now = time.GetUtcNow();
        _runPrefix = string.Create(CultureInfo.InvariantCulture, $"{now.DayOfYear % 100:D2}{(int)now.TimeOfDay.TotalSeconds % 100000:D5}");
    }

    /// <summary>Finds the samples/ folder next to the executable or above the current directory.</summary>
    public static string LocateSamples()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "samples");
                if (File.Exists(Path.Combine(candidate, "ijw", "jw301-toewijzing.xml")))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException("samples/ijw/jw301-toewijzing.xml not found next to the executable or above the current directory.");
    }

    /// <summary>A 301 with two products of the standard, each with a fresh ToewijzingNummer.</summary>
    public byte[] Toewijzing(string gemeentecode, string agb, string bsn, Standard standard = Standard.Ijw)
    {
        var prefix = standard == Standard.Ijw ? "jw301" : "wmo301";
        var n = Interlocked.Increment(ref _next);
        var text = Header(_toewijzing[standard], standard, prefix, gemeentecode, agb, n);
        text = Set(text, prefix, "Bsn", () => bsn);
        var nummer = 0;
        text = Set(text, prefix, "ToewijzingNummer", () => string.Create(CultureInfo.InvariantCulture, $"{n % 100000 + 100000 * (nummer++ + 1)}{_runPrefix[..3]}"), count: -1);
        return Encoding.UTF8.GetBytes(text);
    }

    /// <summary>An iJw 301 whose first product (45A48) is replaced by one the provider has no contract for: refused before sending (CT01).</summary>
    public byte[] UncontractedToewijzing(string gemeentecode, string agb, string bsn) =>
        Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Toewijzing(gemeentecode, agb, bsn)).Replace("<ijw:Code>45A48</ijw:Code>", $"<ijw:Code>{UncontractedCode}</ijw:Code>", StringComparison.Ordinal));

    /// <summary>A 319 "in onderzoek" (the sample's request reference).</summary>
    public byte[] Antwoord(string gemeentecode, string agb) =>
        Encoding.UTF8.GetBytes(Header(_antwoord, Standard.Ijw, "jw319", gemeentecode, agb, Interlocked.Increment(ref _next)));

    /// <summary>A 319 "in onderzoek" for a received iJw 315: its gemeente, provider and ReferentieAanbieder; null for anything else.</summary>
    public byte[]? AntwoordOp(byte[] verzoek)
    {
        var text = Encoding.UTF8.GetString(verzoek);
        if (Element("jw315", "Afzender").Match(text) is not { Success: true } agb
            || Element("jw315", "Ontvanger").Match(text) is not { Success: true } gemeente
            || Element("jw315", "ReferentieAanbieder").Match(text) is not { Success: true } referentie)
        {
            return null;
        }

        var answer = Header(_antwoord, Standard.Ijw, "jw319", Value(gemeente), Value(agb), Interlocked.Increment(ref _next));
        return Encoding.UTF8.GetBytes(Set(answer, "jw319", "ReferentieAanbieder", () => Value(referentie)));
    }

    private string Header(string template, Standard standard, string prefix, string gemeentecode, string agb, long n)
    {
        var identificatie = string.Create(CultureInfo.InvariantCulture, $"G{_runPrefix}{n:D4}");
        var text = Set(template, prefix, "Afzender", () => gemeentecode);
        text = Set(text, prefix, "Ontvanger", () => agb);
        return Set(text, standard == Standard.Ijw ? "ijw" : "iwmo", "Identificatie", () => identificatie);
    }

    /// <summary>Replaces the value of the first element (or every one, count -1) with that name.</summary>
    private static string Set(string text, string prefix, string name, Func<string> value, int count = 1) =>
        Element(prefix, name).Replace(text, m => m.Groups[1].Value + value() + m.Groups[3].Value, count);

    private static string Value(Match match) => match.Groups[2].Value;

    private static Regex Element(string prefix, string name) => new($"(<{prefix}:{name}>)([^<]*)(</{prefix}:{name}>)", RegexOptions.CultureInvariant);
}
