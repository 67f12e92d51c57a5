using Gateway.Messages.Standards;

namespace Gateway.Messages.Model;

/// <summary>318 Verzoek om wijziging retour.</summary>
public sealed record Bericht318 : Bericht
{
    /// <inheritdoc />
    public override MessageCode Code => MessageCode.VerzoekOmWijzigingRetour;

    /// <summary>The retour header.</summary>
    public new required RetourHeader Header { get; init; }

    /// <summary>The echoed client, or null when only the header answers.</summary>
    public VerzoekOmWijzigingClient? Client { get; init; }

    private protected override BerichtHeader GetHeader() => Header;
}
