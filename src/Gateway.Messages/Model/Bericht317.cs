using Gateway.Messages.Standards;

namespace Gateway.Messages.Model;

/// <summary>317 Verzoek om wijziging (aanbieder → gemeente).</summary>
public sealed record Bericht317 : Bericht
{
    /// <inheritdoc />
    public override MessageCode Code => MessageCode.VerzoekOmWijziging;

    /// <summary>The heen header.</summary>
    public new required Header Header { get; init; }

    /// <summary>The client (path /Bericht/Client).</summary>
    public required VerzoekOmWijzigingClient Client { get; init; }

    private protected override BerichtHeader GetHeader() => Header;
}
