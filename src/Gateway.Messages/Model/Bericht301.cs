using Gateway.Messages.Standards;

namespace Gateway.Messages.Model;

/// <summary>301 Toewijzing (gemeente → aanbieder): one client with all its current toewijzingen.</summary>
public sealed record Bericht301 : Bericht
{
    /// <inheritdoc />
    public override MessageCode Code => MessageCode.Toewijzing;

    /// <summary>The heen header.</summary>
    public new required Header Header { get; init; }

    /// <summary>The client (path /Bericht/Client).</summary>
    public required Client Client { get; init; }

    private protected override BerichtHeader GetHeader() => Header;
}
