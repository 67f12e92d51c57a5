using Gateway.Messages.Standards;

namespace Gateway.Routing.Declaraties;

/// <summary>A net amount granted on one prestatie (eurocents, credit negative), with what its ceilings are found by.</summary>
public sealed record GrantedAmount(Standard Standard, string Gemeentecode, string Aanbieder, string Categorie, string? Code, DateOnly ProductPeriodeBegin, long Bedrag);
