namespace Gateway.Routing.Store;

/// <summary>The life of one toewijzing: every message that carries it or belongs to it, oldest first.</summary>
public sealed record ToewijzingLife(long ToewijzingNummer, IReadOnlyList<LifeEntry> Entries);
