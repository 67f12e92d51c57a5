using System.Runtime.InteropServices;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Envelopes.Ggk;

/// <summary>One ggk0210 message as carried in a SOAP body: a Di01/Du01 envelope, an Fo01, a Bv03 or an Fo03.</summary>
public abstract record GgkMessage(GgkStuurgegevens Stuurgegevens)
{
    /// <summary>The berichtcode of the stuurgegevens.</summary>
    public GgkBerichtcode Berichtcode => Stuurgegevens.Berichtcode;

    /// <summary>The referentienummer of the stuurgegevens.</summary>
    public string Referentienummer => Stuurgegevens.Referentienummer;

    /// <summary>Stuurgegevens for a reply to <paramref name="received"/>: zender and ontvanger swapped, crossRefnummer set.</summary>
    protected static GgkStuurgegevens ReplyTo(GgkMessage received, GgkBerichtcode berichtcode, GgkParty zender, DateTimeOffset now) =>
        new(berichtcode, zender, received.Stuurgegevens.Zender, GgkReferentienummer.New(), GgkTijdstip.FromInstant(now), received.Referentienummer);
}

/// <summary>
/// A Di01 (heen) or Du01 (retour) envelope around one iJw/iWmo document; <see cref="Payload"/> holds the
/// exact bytes of the document (the decoded xmlBestand).
/// </summary>
public sealed record GgkEnvelope(GgkStuurgegevens Stuurgegevens, GgkParameters Parameters, ReadOnlyMemory<byte> Payload)
    : GgkMessage(Stuurgegevens)
{
    /// <summary>The functie of the stuurgegevens (e.g. JW301); always present on a read or built envelope.</summary>
    public string Functie => Stuurgegevens.Functie ?? throw new InvalidOperationException("The envelope has no functie.");

    /// <summary>
    /// The payload as an array: the reader's own exact-size array without a copy (a 25 MB envelope is not copied again),
    /// otherwise a copy. The caller must not change it.
    /// </summary>
    public byte[] PayloadArray() =>
        MemoryMarshal.TryGetArray(Payload, out var whole) && whole.Array is { } array && whole.Offset == 0 && whole.Count == array.Length
            ? array
            : Payload.ToArray();

    /// <summary>
    /// Wraps a payload: Di01 for a heen-bericht, Du01 (with <paramref name="crossRefnummer"/>) for a retour or 325.
    /// The ontvanger applicatie is the hub's (GGk).
    /// </summary>
    public static GgkEnvelope Create(
        Standard standard,
        MessageCode code,
        ReadOnlyMemory<byte> payload,
        GgkParty zender,
        string ontvangerOrganisatie,
        DateTimeOffset now,
        string? crossRefnummer = null,
        GgkParameters? parameters = null,
        string? referentienummer = null)
    {
        var berichtcode = GgkFunctie.EnvelopeFor(code);
        if (berichtcode == GgkBerichtcode.Du01 && crossRefnummer is null)
        {
            throw new ArgumentException($"A {GgkFunctie.For(standard, code)} travels in a Du01 and needs the crossRefnummer of the Di01 it answers.", nameof(crossRefnummer));
        }

        var stuurgegevens = new GgkStuurgegevens(
            berichtcode,
            zender,
            new GgkParty(ontvangerOrganisatie, GgkNames.HubApplicatie),
            referentienummer ?? GgkReferentienummer.New(),
            GgkTijdstip.FromInstant(now),
            crossRefnummer,
            GgkFunctie.For(standard, code));
        return new GgkEnvelope(stuurgegevens, parameters ?? new GgkParameters(), payload);
    }
}

/// <summary>An Fo01 error message: <see cref="Code"/> (StUF055, IB…), plek (client/server), omschrijving, details.</summary>
public sealed record GgkFoutbericht(
    GgkStuurgegevens Stuurgegevens,
    string Code,
    string Plek,
    string Omschrijving,
    string? Details = null,
    string? DetailsXml = null)
    : GgkMessage(Stuurgegevens)
{
    /// <summary>StUF055: the body is not conform the schema (a level-1 rejection).</summary>
    public const string SchemaViolation = "StUF055";

    /// <summary>
    /// An Fo01 about a received envelope: crossRefnummer = its referentienummer, details = functie-versions.
    /// <paramref name="omschrijving"/> must not contain a BSN.
    /// </summary>
    public static GgkFoutbericht About(GgkEnvelope received, GgkParty zender, string code, string omschrijving, DateTimeOffset now, string plek = "client") =>
        new(ReplyTo(received, GgkBerichtcode.Fo01, zender, now), code, plek, omschrijving, received.Parameters.Details(received.Functie));
}

/// <summary>The Bv03 acknowledgement: receipt confirmed, crossRefnummer = the acknowledged referentienummer.</summary>
public sealed record Bv03(GgkStuurgegevens Stuurgegevens) : GgkMessage(Stuurgegevens)
{
    /// <summary>The acknowledgement of <paramref name="received"/>, sent by <paramref name="zender"/>.</summary>
    public static Bv03 Acknowledge(GgkMessage received, GgkParty zender, DateTimeOffset now) =>
        new(ReplyTo(received, GgkBerichtcode.Bv03, zender, now));
}

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
