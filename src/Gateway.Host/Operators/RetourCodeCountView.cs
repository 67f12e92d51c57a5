namespace Gateway.Host.Operators;

/// <summary>Rejected messages of one day (UTC, yyyy-MM-dd) carrying one retourcode.</summary>
internal sealed record RetourCodeCountView(string Day, string RetourCode, int Count);
