namespace Gateway.Routing.Store;

/// <summary>Thrown when an insert hits an existing dedup key or envelope reference (the caller should have looked first).</summary>
public sealed class DuplicateMessageException : Exception
{
    /// <summary>Creates the exception; the message names the kind of key, never its value.</summary>
    public DuplicateMessageException(string message, Exception? inner = null) : base(message, inner)
    {
    }

    /// <summary>Creates the exception with a default text.</summary>
    public DuplicateMessageException() : base("A message with the same dedup key or envelope reference is already stored.")
    {
    }

    /// <summary>Creates the exception with a text.</summary>
    public DuplicateMessageException(string message) : base(message)
    {
    }
}
