namespace Gateway.Messages.Model;

/// <summary>Woonplaatsbeginsel (iJw 319/320): the gemeente that is responsible.</summary>
public sealed record Woonplaatsbeginsel : IMessageClass
{
    /// <summary>Gemeentecode (4 digits).</summary>
    public required string Gemeente { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<string> RetourCodes { get; init; } = [];
}
