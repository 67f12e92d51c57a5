namespace Gateway.Messages.Answers;

/// <summary>One class of the heen-bericht that a level-3/4 rule rejected.</summary>
/// <param name="Path">Absolute class path, e.g. /Bericht/Declaratie/Clienten/Client[3]/Prestaties/Prestatie[1].</param>
/// <param name="RetourCode">The rule's retourcode, e.g. 9321.</param>
public sealed record ClassRejection(string Path, string RetourCode)
{
    /// <summary>What in this class the rule found wrong, when the rule's meaning alone does not say it (e.g. the missing ToewijzingNummers); never a BSN.</summary>
    public string? Detail { get; init; }
}
