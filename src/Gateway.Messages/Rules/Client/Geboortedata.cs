using Gateway.Messages.Model;

namespace Gateway.Messages.Rules;

/// <summary>
/// Every Geboortedatum of a message with its element path: the client of 301/305/307/315 and of the retours that echo
/// it (302/306/308/316), and the relaties of the 301/302. The official XSLT checks TR002 and CS139 on any
/// Geboortedatum by element name, the echoed ones included.
/// </summary>
internal static class Geboortedata
{
    public static IEnumerable<(string Path, Geboortedatum Geboortedatum)> Of(Bericht bericht)
    {
        const string client = "/Bericht/Client/Geboortedatum";
        var geboortedatum = bericht switch
        {
            Bericht301 b => b.Client.Geboortedatum,
            Bericht302 b => b.Client?.Geboortedatum,
            Bericht305 b => b.Client.Geboortedatum,
            Bericht306 b => b.Client?.Geboortedatum,
            Bericht307 b => b.Client.Geboortedatum,
            Bericht308 b => b.Client?.Geboortedatum,
            Bericht315 b => b.Client.Geboortedatum,
            Bericht316 b => b.Client?.Geboortedatum,
            _ => null,
        };
        if (geboortedatum is not null)
        {
            yield return (client, geboortedatum);
        }

        foreach (var (path, relatie) in ClassPaths.Of<Relatie>(bericht))
        {
            if (relatie.Geboortedatum is { } relatieDatum)
            {
                yield return (path + "/Geboortedatum", relatieDatum);
            }
        }
    }

    /// <summary>A birth date marked completely unknown: DatumGebruik 3 with Datum 1900-01-01.</summary>
    public static bool IsUnknown(Geboortedatum geboortedatum) =>
        geboortedatum.DatumGebruik == "3" && geboortedatum.Datum == new DateOnly(1900, 1, 1);
}
