using Gateway.Messages.Model;

namespace Gateway.Messages.Rules;

/// <summary>The BSN facts: where a message carries one, and the 11-proef.</summary>
internal static class Burgerservicenummer
{
    /// <summary>Every Bsn element of a message with its path (one client, the echoed client of a retour, or every client of a 323/325).</summary>
    public static IEnumerable<(string Path, string Bsn)> Of(Bericht bericht)
    {
        const string client = "/Bericht/Client/Bsn";
        switch (bericht)
        {
            case Bericht301 b:
                yield return (client, b.Client.Bsn);
                break;
            case Bericht305 b:
                yield return (client, b.Client.Bsn);
                break;
            case Bericht307 b:
                yield return (client, b.Client.Bsn);
                break;
            case Bericht315 b:
                yield return (client, b.Client.Bsn);
                break;
            case Bericht317 b:
                yield return (client, b.Client.Bsn);
                break;
            case Bericht302 { Client: { } c }:
                yield return (client, c.Bsn);
                break;
            case Bericht306 { Client: { } c }:
                yield return (client, c.Bsn);
                break;
            case Bericht308 { Client: { } c }:
                yield return (client, c.Bsn);
                break;
            case Bericht316 { Client: { } c }:
                yield return (client, c.Bsn);
                break;
            case Bericht318 { Client: { } c }:
                yield return (client, c.Bsn);
                break;
            case Bericht323 or Bericht325:
                foreach (var (path, declaratieClient) in ClassPaths.Of<DeclaratieClient>(bericht))
                {
                    yield return (path + "/Bsn", declaratieClient.Bsn);
                }

                break;
        }
    }

    /// <summary>
    /// The 11-proef: 9 digits d1…d9 with 9·d1 + 8·d2 + … + 2·d8 − d9 divisible by 11.
    /// </summary>
    public static bool PassesElfproef(string bsn)
    {
        if (bsn.Length != 9 || !bsn.All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (9 - i) * (bsn[i] - '0');
        }

        sum -= bsn[8] - '0';
        return sum % 11 == 0;
    }
}
