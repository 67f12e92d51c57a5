using Gateway.Messages.Model;

namespace Gateway.Messages.Rules.Client;

/// <summary>Every Geboortedatum of a message (client of 301/305/307/315, relaties of the 301) with its element path.</summary>
internal static class Geboortedata
{
    public static IEnumerable<(string Path, Geboortedatum Geboortedatum)> Of(Bericht bericht)
    {
        const string client = "/Bericht/Client/Geboortedatum";
        switch (bericht)
        {
            case Bericht301 b:
                yield return (client, b.Client.Geboortedatum);
                foreach (var (path, relatie) in ClassPaths.Of<Relatie>(b))
                {
                    if (relatie.Geboortedatum is { } geboortedatum)
                    {
                        yield return (path + "/Geboortedatum", geboortedatum);
                    }
                }

                break;
            case Bericht305 b:
                yield return (client, b.Client.Geboortedatum);
                break;
            case Bericht307 b:
                yield return (client, b.Client.Geboortedatum);
                break;
            case Bericht315 b:
                yield return (client, b.Client.Geboortedatum);
                break;
        }
    }

    /// <summary>A birth date marked completely unknown: DatumGebruik 3 with Datum 1900-01-01.</summary>
    public static bool IsUnknown(Geboortedatum geboortedatum) =>
        geboortedatum.DatumGebruik == "3" && geboortedatum.Datum == new DateOnly(1900, 1, 1);
}
