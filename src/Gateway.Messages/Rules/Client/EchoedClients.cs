using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Rules;

/// <summary>
/// The messages whose client carries the basisschema elements (Adres, Naam, Geboortedatum) that the official
/// level-2 XSLT checks by element name, wherever they occur: the heenberichten and the retours that echo their client.
/// The XSLT matches <c>LandCode</c>, <c>Postcode</c>, <c>NaamGebruik</c> and <c>Geboortedatum/Datum</c> in the
/// basisschema namespace, so a 302 echoing a bad address fails CD005 like the 301 it answers.
/// </summary>
internal static class EchoedClients
{
    /// <summary>The 301 and the 302 that echoes its client (Contact with Adres, VolledigeNaam).</summary>
    public static readonly MessageCode[] WithAdres = [MessageCode.Toewijzing, MessageCode.ToewijzingRetour];

    /// <summary>Every message with a Geboortedatum: 301, 305, 307, 315 and their retours 302, 306, 308, 316.</summary>
    public static readonly MessageCode[] WithGeboortedatum =
    [
        MessageCode.Toewijzing, MessageCode.ToewijzingRetour, MessageCode.Start, MessageCode.StartRetour,
        MessageCode.Stop, MessageCode.StopRetour, MessageCode.VerzoekOmToewijzing, MessageCode.VerzoekOmToewijzingRetour,
    ];

    /// <summary>The client with a full name and contacts: the 301's, or the one a 302 echoes (null otherwise).</summary>
    public static Client? Toewijzing(Bericht bericht) => bericht switch
    {
        Bericht301 b => b.Client,
        Bericht302 b => b.Client,
        _ => null,
    };

    /// <summary>Every Contact of the message with an Adres, with its path (301 and 302 only).</summary>
    public static IEnumerable<(string Path, Adres Adres)> Adressen(Bericht bericht) =>
        Toewijzing(bericht) is null
            ? []
            : ClassPaths.Of<Contact>(bericht)
                .Where(c => c.Record.Adres is not null)
                .Select(c => (c.Path + "/Adres", c.Record.Adres!));
}
