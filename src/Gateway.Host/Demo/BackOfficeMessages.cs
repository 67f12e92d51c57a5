using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Host.Demo;

/// <summary>
/// What a back office of the sample region hands in: 301 toewijzingen (iJw: 45A48 and 54002; iWmo: 02A01 and 01A03) and
/// 319 antwoorden, made from the shipped samples with the region's gemeentecode, a provider's AGB, a client's BSN and
/// fresh identifications; and its own 325 that replaces a held one.
/// </summary>
internal sealed class BackOfficeMessages : IIdentificatieGenerator
{
    /// <summary>
    /// The retourcode the demo's back offices give a prestatie they refuse because a contract ceiling is used up. The
    /// standard has no code for a ceiling (a plafond is a contract matter, not part of the toewijzing); a gemeente then
    /// takes the nearest code a provider understands: 9369, "the sum of GeleverdVolume exceeds the assigned budget".
    /// </summary>
    public const string CeilingRetourCode = "9369";

    /// <summary>A product on the national iJw list that no provider of the demo region is contracted for (CT01).</summary>
    public const string UncontractedCode = "45A21";

    private readonly Dictionary<Standard, string> _toewijzing;
    private readonly string _antwoord;
    private readonly Dictionary<Standard, XsdVersie> _antwoordVersie;
    private readonly DeclaratieAntwoordBuilder _declaratieAntwoorden;
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
        // The back office's 325 has the XsdVersie of the shipped 325 samples (the schema pack's release).
        _antwoordVersie = new()
        {
            [Standard.Ijw] = BerichtReader.Read(File.ReadAllBytes(Path.Combine(samplesDirectory, "ijw", "jw325-declaratie-antwoord.xml"))).Header.XsdVersie,
            [Standard.Iwmo] = BerichtReader.Read(File.ReadAllBytes(Path.Combine(samplesDirectory, "iwmo", "wmo325-declaratie-antwoord.xml"))).Header.XsdVersie,
        };
        _declaratieAntwoorden = new DeclaratieAntwoordBuilder(time, this);
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

    /// <summary>
    /// The back office's own 325 for a 323 whose gateway-built 325 is held by a hold ceiling: it refuses the last
    /// prestatie (the most recent care) with <see cref="CeilingRetourCode"/> and grants the rest.
    /// </summary>
    public byte[] VervangendAntwoord(byte[] document)
    {
        var declaratie = (Bericht323)BerichtReader.Read(document);
        var clienten = declaratie.Declaratie.Clienten;
        var client = ClassPaths.Item("/Bericht/Declaratie/Clienten", "Client", clienten.Count);
        var prestatie = ClassPaths.Item(client + "/Prestaties", "Prestatie", clienten[^1].Prestaties.Count);
        var outcome = MessageOutcome.RejectedClasses([new ClassRejection(prestatie, CeilingRetourCode)]);
        return BerichtWriter.ToBytes(_declaratieAntwoorden.Build(declaratie, outcome, _antwoordVersie[declaratie.Standard]));
    }

    /// <inheritdoc />
    string IIdentificatieGenerator.Next(MessageCode message) => Identificatie(Interlocked.Increment(ref _next));

    private string Identificatie(long n) => string.Create(CultureInfo.InvariantCulture, $"G{_runPrefix}{n:D4}");

    private string Header(string template, Standard standard, string prefix, string gemeentecode, string agb, long n)
    {
        var identificatie = Identificatie(n);
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
