using Gateway.Messages.Standards;

namespace Gateway.Messages.Model;

/// <summary>302 Toewijzing retour: copied header and, when something at or below the client is wrong, the echoed client.</summary>
public sealed record Bericht302 : Bericht
{
    /// <inheritdoc />
    public override MessageCode Code => MessageCode.ToewijzingRetour;

    /// <summary>The retour header.</summary>
    public new required RetourHeader Header { get; init; }

    /// <summary>The echoed client, or null when only the header answers.</summary>
    public Client? Client { get; init; }

    private protected override BerichtHeader GetHeader() => Header;
}
