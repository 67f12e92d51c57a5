using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Figures;

/// <summary>
/// One request (a 315's AangevraagdProduct or a whole 317) with when it arrived, and when it was first answered: by the
/// first 301 that honoured it, and by each 319.
/// </summary>
/// <param name="Bericht">315 or 317.</param>
/// <param name="FirstToewijzingAt">When the first 301 carrying its ReferentieAanbieder was recorded; null when none yet.</param>
/// <param name="Antwoorden">Every 319 on it: VerzoekAntwoord (1 afgewezen, 2 in onderzoek) and when it was recorded.</param>
public sealed record VerzoekFact(
    Standard Standard,
    string Gemeentecode,
    string Aanbieder,
    string ClientId,
    MessageCode Bericht,
    Product? Product,
    DateTimeOffset? ReceivedAt,
    DateTimeOffset? FirstToewijzingAt,
    IReadOnlyList<(string VerzoekAntwoord, DateTimeOffset? ReceivedAt)> Antwoorden);
