namespace Gateway.Messages.Answers;

/// <summary>One class of the heen-bericht that a level-3/4 rule rejected.</summary>
/// <param name="Path">Absolute class path, e.g. /Bericht/Declaratie/Clienten/Client[3]/Prestaties/Prestatie[1].</param>
/// <param name="RetourCode">The rule's retourcode, e.g. 9321.</param>
public sealed record ClassRejection(string Path, string RetourCode);
