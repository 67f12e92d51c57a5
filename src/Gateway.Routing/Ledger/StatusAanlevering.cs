namespace Gateway.Routing.Ledger;

/// <summary>StatusAanlevering codes of 305/307 lines.</summary>
public static class StatusAanlevering
{
    /// <summary>1: add the line.</summary>
    public const string Toevoegen = "1";

    /// <summary>3: delete the line sent earlier with the same key.</summary>
    public const string Verwijderen = "3";
}
