namespace Gateway.Host.Operators;

/// <summary>The life of a toewijzing as an operator sees it: its messages oldest first, each with its answers and rule codes.</summary>
internal sealed record LifeView(long ToewijzingNummer, IReadOnlyList<LifeEntryView> Entries);
