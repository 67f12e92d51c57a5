using Gateway.Routing.Store;

namespace Gateway.Host.Operators;

/// <summary>
/// A message as an operator sees it: no payload, no BSN (Identificatie and referentienummer come masked from the store).
/// A refused payload past its short term keeps only its first KB: size and content hash say what it was.
/// </summary>
internal sealed record MessageSummaryView(
    long Id,
    string Direction,
    string Kind,
    string State,
    string? Standard,
    string? Code,
    string? Afzender,
    string? Ontvanger,
    string? Identificatie,
    string? Gemeentecode,
    long? CorrelatesTo,
    IReadOnlyList<string> RetourCodes,
    string? Referentienummer,
    bool HasPayload,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long? PayloadSize,
    string? ContentHash,
    bool PayloadTrimmed)
{
    public static MessageSummaryView From(StoredMessage m) => new(
        m.Id,
        m.Direction.ToString(),
        m.Kind.ToString(),
        m.State.ToString(),
        m.Standard?.ToString(),
        m.Code is { } code ? ((int)code).ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        m.Afzender,
        m.Ontvanger,
        m.Identificatie,
        m.Gemeentecode,
        m.CorrelatesTo,
        m.RetourCodes,
        m.ShownEnvelope?.Referentienummer,
        m.HasPayload,
        m.CreatedAt,
        m.UpdatedAt,
        m.PayloadSize,
        m.ContentHash,
        m.PayloadTrimmed);
}
