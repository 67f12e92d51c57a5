using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Figures;

/// <summary>
/// One prestatie of every 323 the gateway judged (also wholly rejected ones, which the ledger proper does not keep),
/// with its state and, when rejected, why.
/// </summary>
/// <param name="Bedrag">IngediendBedrag in eurocents, signed: debit positive, credit negative.</param>
/// <param name="ReceivedAt">When the 323 was recorded.</param>
/// <param name="AnsweredAt">When its 325 was queued (at once, or when a held 325 was decided); null while held.</param>
public sealed record PrestatieFact(
    Standard Standard,
    string Gemeentecode,
    string Aanbieder,
    string ClientId,
    long DeclaratieMessageId,
    long ToewijzingNummer,
    Product Product,
    DateOnly PeriodeBegin,
    DateOnly PeriodeEinde,
    long GeleverdVolume,
    string Eenheid,
    long Bedrag,
    FigureState State,
    IReadOnlyList<FigureReason> Reasons,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? AnsweredAt);
