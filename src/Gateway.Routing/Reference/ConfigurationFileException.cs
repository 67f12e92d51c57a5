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

/// <summary>A configuration file (reference data, contract register) that cannot be used; lists every problem found.</summary>
public sealed class ConfigurationFileException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public ConfigurationFileException(IReadOnlyList<ConfigurationError> errors)
        : base(Describe(errors)) => Errors = errors;

    /// <summary>For serializers and analyzers; prefer the list constructor.</summary>
    public ConfigurationFileException()
        : this([]) { }

    /// <summary>For analyzers; prefer the list constructor.</summary>
    public ConfigurationFileException(string message)
        : base(message) => Errors = [];

    /// <summary>For analyzers; prefer the list constructor.</summary>
    public ConfigurationFileException(string message, Exception innerException)
        : base(message, innerException) => Errors = [];

    /// <summary>Every problem, in file order.</summary>
    public IReadOnlyList<ConfigurationError> Errors { get; }

    private static string Describe(IReadOnlyList<ConfigurationError> errors) =>
        errors.Count == 0 ? "Configuration file rejected." : string.Join(Environment.NewLine, errors.Select(e => e.ToString()));
}
