namespace Gateway.Messages.Schemas;

/// <summary>A schema pack could not be loaded; the message names the file and what is wrong.</summary>
public sealed class SchemaPackException : Exception
{
    /// <summary>Creates the exception with no message.</summary>
    public SchemaPackException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public SchemaPackException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public SchemaPackException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The file (or folder) that is wrong, when known.</summary>
    public string? FilePath { get; init; }

    internal static SchemaPackException For(string path, string problem, Exception? inner = null) =>
        inner is null
            ? new SchemaPackException($"{path}: {problem}") { FilePath = path }
            : new SchemaPackException($"{path}: {problem}", inner) { FilePath = path };
}
