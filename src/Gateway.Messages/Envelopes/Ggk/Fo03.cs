namespace Gateway.Messages.Envelopes.Ggk;

/// <summary>
/// A SOAP fault carrying a StUF Fo03 (chain-internal transport fault). The fault string is SOAP's;
/// code/plek/omschrijving/details are those of the Fo03Bericht in the fault detail.
/// </summary>
public sealed record Fo03(
    GgkStuurgegevens Stuurgegevens,
    string Code,
    string Plek,
    string Omschrijving,
    string? Details = null,
    string FaultString = "Fo03")
    : GgkMessage(Stuurgegevens)
{
    /// <summary>An Fo03 in reply to <paramref name="received"/>.</summary>
    public static Fo03 About(GgkMessage received, GgkParty zender, string code, string omschrijving, DateTimeOffset now, string plek = "server") =>
        new(ReplyTo(received, GgkBerichtcode.Fo03, zender, now), code, plek, omschrijving, null, omschrijving);

    /// <summary>An Fo03 when the request could not even be read (no referentienummer to refer to).</summary>
    public static Fo03 Unreadable(GgkParty zender, GgkParty ontvanger, string code, string omschrijving, DateTimeOffset now, string plek = "client") =>
        new(new GgkStuurgegevens(GgkBerichtcode.Fo03, zender, ontvanger, GgkReferentienummer.New(), GgkTijdstip.FromInstant(now)), code, plek, omschrijving, null, omschrijving);
}
