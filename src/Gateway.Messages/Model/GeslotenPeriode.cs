namespace Gateway.Messages.Model;

/// <summary>CDT_GeslotenPeriode: a period with both begin and end date.</summary>
public sealed record GeslotenPeriode(DateOnly Begindatum, DateOnly Einddatum);
