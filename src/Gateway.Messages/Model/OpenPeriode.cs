namespace Gateway.Messages.Model;

/// <summary>CDT_OpenPeriode: a period with a begin and/or an end date.</summary>
public sealed record OpenPeriode(DateOnly? Begindatum, DateOnly? Einddatum);
