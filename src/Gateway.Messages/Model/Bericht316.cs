using Gateway.Messages.Standards;

namespace Gateway.Messages.Model;

/// <summary>316 Verzoek om toewijzing retour.</summary>
public sealed record Bericht316 : Bericht
{
    /// <inheritdoc />
    public override MessageCode Code => MessageCode.VerzoekOmToewijzingRetour;

    /// <summary>The retour header.</summary>
    public new required RetourHeader Header { get; init; }

    /// <summary>The echoed client, or null when only the header answers.</summary>
    public VerzoekOmToewijzingClient? Client { get; init; }

    private protected override BerichtHeader GetHeader() => Header;
}
