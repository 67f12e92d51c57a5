using Gateway.Messages.Standards;

namespace Gateway.Messages.Model;

/// <summary>305 Start zorg/ondersteuning (aanbieder → gemeente).</summary>
public sealed record Bericht305 : Bericht
{
    /// <inheritdoc />
    public override MessageCode Code => MessageCode.Start;

    /// <summary>The heen header.</summary>
    public new required Header Header { get; init; }

    /// <summary>The client (path /Bericht/Client).</summary>
    public required StartClient Client { get; init; }

    private protected override BerichtHeader GetHeader() => Header;
}
