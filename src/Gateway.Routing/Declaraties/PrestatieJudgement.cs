namespace Gateway.Routing.Declaraties;

/// <summary>What a 325 does with one prestatie of its 323 (prestaties are all-or-nothing: no partial amounts).</summary>
public enum PrestatieJudgement
{
    /// <summary>Granted: not listed in the 325, its amount counts in TotaalToegekendBedrag.</summary>
    Granted,

    /// <summary>Rejected on its own retourcode (its client 0200).</summary>
    Rejected,

    /// <summary>Rejected because its client was rejected: listed with 0233 under the client's retourcode.</summary>
    RejectedWithClient,

    /// <summary>Rejected because the whole declaration was (header, level 2, or the class Declaratie): the 323 counts as not processed.</summary>
    RejectedWithDeclaratie,
}
