namespace Gateway.Routing.Reference;

/// <summary>One thing wrong in a configuration file: which file, where, and what.</summary>
/// <param name="File">The file name.</param>
/// <param name="Line">1-based line of the entry (or of the syntax error); null when unknown.</param>
/// <param name="Entry">The entry, e.g. "contracten[3] (id JW-2026-004)"; empty for the whole file.</param>
/// <param name="Problem">What is wrong and, where possible, what would be right.</param>
public sealed record ConfigurationError(string File, int? Line, string Entry, string Problem)
{
    /// <inheritdoc />
    public override string ToString() =>
        Path.GetFileName(File) + (Line is { } line ? $" line {line}" : "") + (Entry.Length > 0 ? $" {Entry}" : "") + ": " + Problem;
}
