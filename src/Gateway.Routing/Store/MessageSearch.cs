using Gateway.Messages.Standards;

namespace Gateway.Routing.Store;

/// <summary>
/// Search criteria; every one given must match, none given matches everything in scope. The numbers are matched exactly
/// (through keyed hashes where the store keeps no plain form); <see cref="Bsn"/> only ever through its keyed hash.
/// </summary>
public sealed record MessageSearch
{
    /// <summary>Header Identificatie (IdentificatieRetour for a retour), exact.</summary>
    public string? Identificatie { get; init; }

    /// <summary>Envelope referentienummer, exact.</summary>
    public string? Referentienummer { get; init; }

    /// <summary>A ToewijzingNummer the message carries.</summary>
    public long? ToewijzingNummer { get; init; }

    /// <summary>The DeclaratieNummer of a 323 (or the 325 answering it).</summary>
    public string? DeclaratieNummer { get; init; }

    /// <summary>The aanbieder's AGB code, on either side of the header.</summary>
    public string? Aanbieder { get; init; }

    /// <summary>The gemeentecode (narrows the scope, never widens it).</summary>
    public string? Gemeente { get; init; }

    /// <summary>A client BSN, matched by keyed hash; never stored, logged or echoed.</summary>
    public string? Bsn { get; init; }

    /// <summary>Message code, e.g. 305.</summary>
    public MessageCode? Code { get; init; }

    /// <summary>Message state.</summary>
    public MessageState? State { get; init; }

    /// <summary>Recorded at or after this moment.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Recorded before this moment.</summary>
    public DateTimeOffset? Until { get; init; }
}
