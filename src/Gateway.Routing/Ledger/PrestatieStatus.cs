namespace Gateway.Routing.Ledger;

/// <summary>What the gemeente's 325 did with a declared prestatie.</summary>
public static class PrestatieStatus
{
    /// <summary>Received but not yet answered (a 325 held for a back-office decision).</summary>
    public const string Submitted = "submitted";

    /// <summary>Granted by the 325 (not listed among its rejected prestaties).</summary>
    public const string Approved = "approved";

    /// <summary>Rejected by the 325 with a retourcode on the prestatie or its client.</summary>
    public const string Rejected = "rejected";
}
