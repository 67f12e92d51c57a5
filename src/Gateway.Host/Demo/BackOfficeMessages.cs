using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Gateway.Host.Demo;

/// <summary>
/// What a back office of the sample region hands in: 301 toewijzingen and 319 antwoorden, made from the shipped
/// samples with the region's gemeentecode, a provider's AGB, a client's BSN and fresh identifications.
/// </summary>
internal sealed partial class BackOfficeMessages
{
    private readonly string _toewijzing;
    private readonly string _antwoord;
    private readonly string _runPrefix;
    private long _next;

    public BackOfficeMessages(string samplesDirectory, TimeProvider time)
    {
        _toewijzing = File.ReadAllText(Path.Combine(samplesDirectory, "ijw", "jw301-toewijzing.xml"));
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

    public byte[] Toewijzing(string gemeentecode, string agb, string bsn)
    {
        var n = Interlocked.Increment(ref _next);
        var text = Header(_toewijzing, "jw301", gemeentecode, agb, n);
        text = Bsn().Replace(text, m => m.Groups[1].Value + bsn + m.Groups[2].Value);
        var nummer = 0;
        text = ToewijzingNummer().Replace(text, m => m.Groups[1].Value + string.Create(CultureInfo.InvariantCulture, $"{n % 100000 + 100000 * (nummer++ + 1)}{_runPrefix[..3]}") + m.Groups[2].Value);
        return Encoding.UTF8.GetBytes(text);
    }

    public byte[] Antwoord(string gemeentecode, string agb) =>
        Encoding.UTF8.GetBytes(Header(_antwoord, "jw319", gemeentecode, agb, Interlocked.Increment(ref _next)));

    private string Header(string template, string prefix, string gemeentecode, string agb, long n)
    {
        var identificatie = string.Create(CultureInfo.InvariantCulture, $"G{_runPrefix}{n:D4}");
        return template
            .Replace($"<{prefix}:Afzender>0344</{prefix}:Afzender>", $"<{prefix}:Afzender>{gemeentecode}</{prefix}:Afzender>", StringComparison.Ordinal)
            .Replace($"<{prefix}:Ontvanger>41101234</{prefix}:Ontvanger>", $"<{prefix}:Ontvanger>{agb}</{prefix}:Ontvanger>", StringComparison.Ordinal)
            .ReplaceFirstIdentificatie(identificatie);
    }

    [GeneratedRegex(@"(<jw301:Bsn>)[0-9]+(</jw301:Bsn>)")]
    private static partial Regex Bsn();

    [GeneratedRegex(@"(<jw301:ToewijzingNummer>)[0-9]+(</jw301:ToewijzingNummer>)")]
    private static partial Regex ToewijzingNummer();
}

internal static partial class IdentificatieText
{
    /// <summary>Replaces the header's Identificatie (the first one in the document).</summary>
    public static string ReplaceFirstIdentificatie(this string text, string identificatie) =>
        FirstIdentificatie().Replace(text, m => m.Groups[1].Value + identificatie + m.Groups[2].Value, 1);

    [GeneratedRegex(@"(<ijw:Identificatie>)[^<]*(</ijw:Identificatie>)")]
    private static partial Regex FirstIdentificatie();
}
