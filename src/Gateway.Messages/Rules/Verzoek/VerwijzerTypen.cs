namespace Gateway.Messages.Rules;

/// <summary>The referrer types of CDT_Verwijzer that are care providers and so may carry an AGB code (CD066–CD068).</summary>
internal static class VerwijzerTypen
{
    /// <summary>02 huisarts, 03 jeugdarts, 04 gecertificeerde instelling, 05 medisch specialist.</summary>
    public static bool IsZorgverlener(string type) => type is "02" or "03" or "04" or "05";
}
