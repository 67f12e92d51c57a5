using Gateway.Messages.Standards;

namespace Gateway.Messages.Model;

/// <summary>315 Verzoek om toewijzing (aanbieder → gemeente).</summary>
public sealed record Bericht315 : Bericht
{
    /// <inheritdoc />
    public override MessageCode Code => MessageCode.VerzoekOmToewijzing;

    /// <summary>The heen header.</summary>
    public new required Header Header { get; init; }

    /// <summary>The client (path /Bericht/Client).</summary>
    public required VerzoekOmToewijzingClient Client { get; init; }

    private protected override BerichtHeader GetHeader() => Header;
}
