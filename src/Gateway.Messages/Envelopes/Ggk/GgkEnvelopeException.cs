namespace Gateway.Messages.Envelopes.Ggk;

/// <summary>An incoming ggk0210 message was refused; the text names the element and never contains payload data.</summary>
public sealed class GgkEnvelopeException : Exception
{
    public GgkEnvelopeException()
        : this(GgkEnvelopeProblem.Malformed, "The envelope could not be read.")
    {
    }

    public GgkEnvelopeException(string message)
        : this(GgkEnvelopeProblem.Malformed, message)
    {
    }

    public GgkEnvelopeException(string message, Exception innerException)
        : this(GgkEnvelopeProblem.Malformed, message, innerException)
    {
    }

    public GgkEnvelopeException(GgkEnvelopeProblem problem, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Problem = problem;
    }

    /// <summary>The kind of problem.</summary>
    public GgkEnvelopeProblem Problem { get; }
}
