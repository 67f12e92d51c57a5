namespace Gateway.Messages.Standards;

/// <summary>
/// The messages of releases 2.x that release 3.0 replaced: 303 (Declaratie/factuur) by 323 and 304 (its retour) by 325.
/// A sender still using them gets this explanation, on the payload (level 1) as on the envelope's functie.
/// </summary>
public static class RetiredMessages
{
    /// <summary>Why 303 and 304 are refused.</summary>
    public const string Why = "messages 303 and 304 were replaced in release 3.0 by 323 (Declaratie) and 325 (Declaratie-antwoord)";

    /// <summary>True for 303 and 304.</summary>
    public static bool IsRetired(int number) => number is 303 or 304;

    /// <summary>The successor to send instead: "323 (Declaratie)" for 303, "325 (Declaratie-antwoord)" for 304.</summary>
    public static string Successor(int number) => number == 303 ? "323 (Declaratie)" : "325 (Declaratie-antwoord)";

    /// <summary>The number of the successor: 323 for 303, 325 for 304.</summary>
    public static int SuccessorNumber(int number) => number == 303 ? 323 : 325;

    /// <summary>The number of a 2.x functie (JW303, WMO304), or null when the functie names no retired message.</summary>
    public static int? OfFunctie(string? functie)
    {
        var digits = functie switch
        {
            ['J', 'W', .. var rest] => rest,
            ['W', 'M', 'O', .. var rest] => rest,
            _ => null,
        };
        return digits is "303" or "304" ? int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) : null;
    }
}
