using Gateway.Messages.Standards;

namespace Gateway.Messages.Model;

/// <summary>308 Stop retour.</summary>
public sealed record Bericht308 : Bericht
{
    /// <inheritdoc />
    public override MessageCode Code => MessageCode.StopRetour;

    /// <summary>The retour header.</summary>
    public new required RetourHeader Header { get; init; }

    /// <summary>The echoed client, or null when only the header answers.</summary>
    public StopClient? Client { get; init; }

    private protected override BerichtHeader GetHeader() => Header;
}
