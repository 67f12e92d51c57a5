using Gateway.Messages.Model;

namespace Gateway.Routing.Ledger;

/// <summary>One prestatie of a recorded 323, with its declaration and what the 325 decided on it.</summary>
/// <param name="ClientId">An opaque pseudonym of the client (the store's keyed BSN hash), never the BSN itself.</param>
/// <param name="DebetCredit">D or C.</param>
/// <param name="Status">One of <see cref="PrestatieStatus"/>.</param>
public sealed record LedgerPrestatie(
    LedgerParties Parties,
    string ClientId,
    string DeclaratieNummer,
    string ReferentieNummer,
    string? VorigReferentieNummer,
    long ToewijzingNummer,
    Product Product,
    GeslotenPeriode ProductPeriode,
    long GeleverdVolume,
    string Eenheid,
    long? ProductTarief,
    long Bedrag,
    string DebetCredit,
    string Status,
    long MessageId)
{
    /// <summary>DebetCredit D.</summary>
    public const string Debet = "D";

    /// <summary>DebetCredit C.</summary>
    public const string Credit = "C";

    /// <summary>True when the 325 granted it.</summary>
    public bool IsApproved => Status == PrestatieStatus.Approved;

    /// <summary>True for a credit line.</summary>
    public bool IsCredit => DebetCredit == Credit;
}
