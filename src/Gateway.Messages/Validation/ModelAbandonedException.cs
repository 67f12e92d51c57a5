namespace Gateway.Messages.Validation;

/// <summary>Stops the model reader once level 1 has found an issue; caught by <see cref="Level1Run"/>.</summary>
internal sealed class ModelAbandonedException : Exception
{
    public ModelAbandonedException()
        : base("level 1 found an issue; the model is not read further")
    {
    }

    public ModelAbandonedException(string message)
        : base(message)
    {
    }

    public ModelAbandonedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
