namespace Gateway.Routing.Store;

/// <summary>Rejected messages of one day (UTC) that carry this retourcode.</summary>
public sealed record RetourCodeCount(DateOnly Day, string RetourCode, int Count);
