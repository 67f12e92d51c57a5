namespace Gateway.Messages.Model;

/// <summary>One class of a message with its absolute element path.</summary>
/// <param name="Path">Absolute path of local names with a 1-based index on every element that can repeat, e.g. /Bericht/Client/ToegewezenProducten/ToegewezenProduct[2].</param>
/// <param name="Record">The record at that path: a header, a class record (most implement <see cref="IMessageClass"/>) or the 323's <see cref="Declaratie"/>.</param>
public readonly record struct ClassPath(string Path, object Record);
