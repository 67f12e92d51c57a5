namespace Gateway.Messages.Envelopes.Ggk;

/// <summary>An incoming ggk0210 message was refused; the text names the element and never contains payload data.</summary>
public sealed class GgkEnvelopeException : Exception
{
    /// <summary>Creates the exception with no message.</summary>
    public GgkEnvelopeException()
        : this(GgkEnvelopeProblem.Malformed, "The envelope could not be read.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public GgkEnvelopeException(string message)
        : this(GgkEnvelopeProblem.Malformed, message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public GgkEnvelopeException(string message, Exception innerException)
        : this(GgkEnvelopeProblem.Malformed, message, innerException)
    {
    }

    /// <summary>Creates the exception for a known kind of envelope problem.</summary>
    public GgkEnvelopeException(GgkEnvelopeProblem problem, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Problem = problem;
    }

    /// <summary>The kind of problem.</summary>
    public GgkEnvelopeProblem Problem { get; }
}
