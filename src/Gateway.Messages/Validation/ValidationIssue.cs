namespace Gateway.Messages.Validation;

/// <summary>
/// One thing wrong with a message. Level 1 (codes XML, XSD, SIZE, ENCODING, UNSUPPORTED) means the
/// document is refused at transport level; level 2 carries the code of the broken rule (e.g. TR018,
/// CS002) and retourcode 0001.
/// </summary>
/// <param name="Level">1 or 2 (3 and 4 belong to the ledger and contracts).</param>
/// <param name="Code">XML, XSD, SIZE, ENCODING, UNSUPPORTED, or the rule code.</param>
/// <param name="RetourCode">The retourcode an answer carries for it; null at level 1 (no answer is sent).</param>
/// <param name="Path">Absolute element path, e.g. /Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]/Einddatum.</param>
/// <param name="Line">1-based line in the document, when known.</param>
/// <param name="Column">1-based column in the document, when known.</param>
/// <param name="Message">A plain explanation of what is wrong and how to fix it. Never contains a BSN.</param>
/// <param name="Rule">For a level-1 XSD error: the rule of the standard that the violated facet implements (e.g. CS025), when known.</param>
public sealed record ValidationIssue(
    int Level,
    string Code,
    string? RetourCode,
    string? Path,
    int? Line,
    int? Column,
    string Message,
    string? Rule = null);
