namespace Gateway.Messages.Envelopes.Ggk;

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
