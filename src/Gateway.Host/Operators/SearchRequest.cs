namespace Gateway.Host.Operators;

/// <summary>
/// The body of <c>POST /api/operator/search</c>: every field optional. A BSN travels only here (never in a URL, where
/// proxies and logs would keep it) and is matched by keyed hash.
/// </summary>
internal sealed record SearchRequest(
    string? Identificatie = null,
    string? Referentienummer = null,
    long? ToewijzingNummer = null,
    string? DeclaratieNummer = null,
    string? Aanbieder = null,
    string? Gemeente = null,
    string? Bsn = null,
    int? Code = null,
    string? State = null,
    DateTimeOffset? From = null,
    DateTimeOffset? Until = null,
    string? Cursor = null,
    int? Limit = null);
