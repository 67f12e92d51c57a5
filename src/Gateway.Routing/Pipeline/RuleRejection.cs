namespace Gateway.Routing.Pipeline;

/// <summary>A level-3/4 rejection by rule, for counting per rule and for the figures; <see cref="Detail"/> is e.g. "CT01 S329" (never a BSN).</summary>
/// <param name="Rule">The rule's short code (TR019, CT01).</param>
/// <param name="RetourCode">The retourcode it gave.</param>
/// <param name="Path">The class it rejected (e.g. /Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]), so the rule can be put on the prestaties it rejects.</param>
public sealed record RuleRejection(string Rule, string RetourCode, string Path)
{
    /// <summary>The event detail: rule code and retourcode.</summary>
    public string Detail => Rule + " " + RetourCode;
}
