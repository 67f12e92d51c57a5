using Gateway.Messages.Standards;

namespace Gateway.Routing.Obligations;

/// <summary>
/// A message that fulfils the open obligations of <paramref name="Kind"/> with this key. When <paramref name="CountsLate"/>
/// is false a closing after the due date is not late (a final answer that is no woonplaatsbeginsel refusal ends that window
/// without breaking it).
/// </summary>
/// <param name="Kind">What was owed.</param>
/// <param name="Standard">iJw or iWmo.</param>
/// <param name="Gemeentecode">The gemeente party.</param>
/// <param name="Aanbieder">The provider party (AGB code).</param>
/// <param name="Reference">The key the obligation was opened with.</param>
/// <param name="ClosedBy">The internal id of the fulfilling message.</param>
/// <param name="ClosedOn">The Dutch date it was fulfilled.</param>
/// <param name="CountsLate">Whether a closing after the due date is recorded as late.</param>
public sealed record ObligationClosing(
    ObligationKind Kind,
    Standard Standard,
    string Gemeentecode,
    string Aanbieder,
    string Reference,
    long ClosedBy,
    DateOnly ClosedOn,
    bool CountsLate = true);
