using Gateway.Messages.Standards;

namespace Gateway.Messages.Model;

/// <summary>306 Start retour.</summary>
public sealed record Bericht306 : Bericht
{
    /// <inheritdoc />
    public override MessageCode Code => MessageCode.StartRetour;

    /// <summary>The retour header.</summary>
    public new required RetourHeader Header { get; init; }

    /// <summary>The echoed client, or null when only the header answers.</summary>
    public StartClient? Client { get; init; }

    private protected override BerichtHeader GetHeader() => Header;
}
