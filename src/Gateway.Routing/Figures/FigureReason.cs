namespace Gateway.Routing.Figures;

/// <summary>Why a prestatie was rejected: the retourcode the 325 gave it and the rule behind it (never a BSN).</summary>
/// <param name="RetourCode">The retourcode, e.g. 0001 (level 2) or 8152.</param>
/// <param name="Rule">The rule's short code (TR321, CT01, CS337), or <see cref="BackOffice"/> when a back office's 325 rejected it.</param>
public sealed record FigureReason(string RetourCode, string Rule)
{
    /// <summary>The rule name for rejections a back office decided on a held 325.</summary>
    public const string BackOffice = "backoffice";
}
