using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Figures;

/// <summary>One actual StartProduct (its last line adds it, status 1 or 2; status 3 removed it), with when its first line arrived.</summary>
public sealed record StartFact(
    Standard Standard,
    string Gemeentecode,
    string Aanbieder,
    string ClientId,
    long? ToewijzingNummer,
    Product? Product,
    DateOnly Begindatum,
    DateTimeOffset? ReceivedAt);
