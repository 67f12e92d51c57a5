namespace Gateway.Messages.Envelopes.Ggk;

/// <summary>A StUF zender or ontvanger: organisatie (gemeentecode, AGB, IB …), applicatie and optional administratie.</summary>
public sealed record GgkParty(string Organisatie, string Applicatie, string? Administratie = null);
