namespace Gateway.Messages.Validation;

/// <summary>Thrown by the guarding streams to stop reading at once; carries the level-1 issue to report.</summary>
internal sealed class Level1Rejection : Exception
{
    public Level1Rejection()
    {
        Issue = new ValidationIssue(1, Level1Codes.Xml, null, null, null, null, "rejected");
    }

    public Level1Rejection(string message)
        : base(message)
    {
        Issue = new ValidationIssue(1, Level1Codes.Xml, null, null, null, null, message);
    }

    public Level1Rejection(string message, Exception innerException)
        : base(message, innerException)
    {
        Issue = new ValidationIssue(1, Level1Codes.Xml, null, null, null, null, message);
    }

    public Level1Rejection(string code, string message, int? line = null, int? column = null)
        : base(message)
    {
        Issue = new ValidationIssue(1, code, null, null, line, column, message);
    }

    public ValidationIssue Issue { get; }
}
