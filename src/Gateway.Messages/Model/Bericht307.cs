using Gateway.Messages.Standards;

namespace Gateway.Messages.Model;

/// <summary>307 Stop zorg/ondersteuning (aanbieder → gemeente).</summary>
public sealed record Bericht307 : Bericht
{
    /// <inheritdoc />
    public override MessageCode Code => MessageCode.Stop;

    /// <summary>The heen header.</summary>
    public new required Header Header { get; init; }

    /// <summary>The client (path /Bericht/Client).</summary>
    public required StopClient Client { get; init; }

    private protected override BerichtHeader GetHeader() => Header;
}
