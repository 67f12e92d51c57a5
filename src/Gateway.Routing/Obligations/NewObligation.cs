using Gateway.Messages.Standards;

namespace Gateway.Routing.Obligations;

/// <summary>An obligation a message opens; no BSN in any field.</summary>
/// <param name="Kind">What is owed.</param>
/// <param name="Owner">Who owes it.</param>
/// <param name="Standard">iJw or iWmo.</param>
/// <param name="Gemeentecode">The gemeente party.</param>
/// <param name="Aanbieder">The provider party (AGB code).</param>
/// <param name="Reference">What closes it (stored only as a keyed hash): the heen-bericht's internal id (retour, 325) or the ReferentieAanbieder (requests), or the start/stop key.</param>
/// <param name="OpenedBy">The internal id of the message that opened it.</param>
/// <param name="Since">The Dutch date the term counts from.</param>
/// <param name="Due">The last day to fulfil it.</param>
public sealed record NewObligation(
    ObligationKind Kind,
    ObligationOwner Owner,
    Standard Standard,
    string Gemeentecode,
    string Aanbieder,
    string Reference,
    long OpenedBy,
    DateOnly Since,
    DateOnly Due);
