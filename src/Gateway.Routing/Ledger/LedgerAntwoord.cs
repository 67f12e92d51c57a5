namespace Gateway.Routing.Ledger;

/// <summary>An answer (319) on a request.</summary>
/// <param name="VerzoekAntwoord">1 afgewezen, 2 in onderzoek.</param>
public sealed record LedgerAntwoord(string VerzoekAntwoord, string? RedenAfwijzingVerzoek, long MessageId)
{
    /// <summary>VerzoekAntwoord 1.</summary>
    public const string Afgewezen = "1";

    /// <summary>VerzoekAntwoord 2.</summary>
    public const string InOnderzoek = "2";
}
