using System.Globalization;
using Gateway.Messages.Model;
using Gateway.Messages.Tests.Support;

namespace Gateway.Messages.Tests.Rules.Declaraties;

/// <summary>The shipped 323/325 samples, and one-prestatie edits on them for the declaration rule tests.</summary>
internal static class DeclaratieSamples
{
    public const string Ijw323 = "ijw/jw323-declaratie.xml";
    public const string Iwmo323 = "iwmo/wmo323-declaratie.xml";
    public const string Ijw325Volledig = "ijw/jw325-declaratie-antwoord.xml";
    public const string Ijw325Afgewezen = "ijw/jw325-declaratie-antwoord-prestatie-afgewezen.xml";
    public const string Iwmo325Afgewezen = "iwmo/wmo325-declaratie-antwoord-prestatie-afgewezen.xml";

    public static Bericht323 Declaratie(string sample) => SampleMessages.Read<Bericht323>(sample);

    public static Bericht325 Antwoord(string sample) => SampleMessages.Read<Bericht325>(sample);

    /// <summary>Path of prestatie p of client c (both 1-based) in a 323.</summary>
    public static string PrestatiePath(int client, int prestatie) =>
        ClassPaths.Item(ClassPaths.Item("/Bericht/Declaratie/Clienten", "Client", client) + "/Prestaties", "Prestatie", prestatie);

    /// <summary>Path of prestatie p of client c (both 1-based) in a 325.</summary>
    public static string AntwoordPrestatiePath(int client, int prestatie) =>
        ClassPaths.Item(ClassPaths.Item("/Bericht/DeclaratieAntwoord/Clienten", "Client", client) + "/Prestaties", "Prestatie", prestatie);

    public static Prestatie Prestatie(this Bericht323 b, int client, int prestatie) =>
        b.Declaratie.Clienten[client - 1].Prestaties[prestatie - 1];

    /// <summary>The 323 with prestatie p of client c (both 1-based) replaced by edit(prestatie).</summary>
    public static Bericht323 WithPrestatie(this Bericht323 b, int client, int prestatie, Func<Prestatie, Prestatie> edit) =>
        b with { Declaratie = b.Declaratie with { Clienten = Edit(b.Declaratie.Clienten, client, prestatie, edit) } };

    /// <summary>The 323 with an extra prestatie appended to client c (1-based).</summary>
    public static Bericht323 WithExtraPrestatie(this Bericht323 b, int client, Prestatie extra)
    {
        var clienten = b.Declaratie.Clienten.ToList();
        clienten[client - 1] = clienten[client - 1] with { Prestaties = [.. clienten[client - 1].Prestaties, extra] };
        return b with { Declaratie = b.Declaratie with { Clienten = clienten } };
    }

    /// <summary>The 325 with prestatie p of client c (both 1-based) replaced by edit(prestatie).</summary>
    public static Bericht325 WithPrestatie(this Bericht325 b, int client, int prestatie, Func<Prestatie, Prestatie> edit)
    {
        var antwoord = b.DeclaratieAntwoord!;
        return b with { DeclaratieAntwoord = antwoord with { Clienten = Edit(antwoord.Clienten!, client, prestatie, edit) } };
    }

    public static GeslotenPeriode Periode(string begin, string eind) =>
        new(DateOnly.Parse(begin, CultureInfo.InvariantCulture), DateOnly.Parse(eind, CultureInfo.InvariantCulture));

    private static List<DeclaratieClient> Edit(
        IReadOnlyList<DeclaratieClient> clienten, int client, int prestatie, Func<Prestatie, Prestatie> edit)
    {
        var result = clienten.ToList();
        var prestaties = result[client - 1].Prestaties.ToList();
        prestaties[prestatie - 1] = edit(prestaties[prestatie - 1]);
        result[client - 1] = result[client - 1] with { Prestaties = prestaties };
        return result;
    }
}
