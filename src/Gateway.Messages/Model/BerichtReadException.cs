namespace Gateway.Messages.Model;

/// <summary>
/// A document could not be mapped to the model. The message names the element path; it never contains element values
/// (a value may be a BSN).
/// </summary>
public sealed class BerichtReadException : Exception
{
    /// <summary>Creates the exception with no message.</summary>
    public BerichtReadException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public BerichtReadException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public BerichtReadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for the element at <paramref name="path"/>.</summary>
    public BerichtReadException(string path, string message)
        : base(path + ": " + message)
    {
        Path = path;
    }

    /// <summary>Absolute element path of the offending element, when known.</summary>
    public string? Path { get; }
}
