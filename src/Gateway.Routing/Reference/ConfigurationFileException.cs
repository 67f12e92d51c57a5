namespace Gateway.Routing.Reference;

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
