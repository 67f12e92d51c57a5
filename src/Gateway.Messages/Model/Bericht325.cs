using Gateway.Messages.Standards;

namespace Gateway.Messages.Model;

/// <summary>325 Declaratie-antwoord (gemeente → aanbieder): own identity, lists only rejected clients and prestaties.</summary>
public sealed record Bericht325 : Bericht
{
    /// <inheritdoc />
    public override MessageCode Code => MessageCode.DeclaratieAntwoord;

    /// <summary>The 325 header.</summary>
    public new required DeclaratieAntwoordHeader Header { get; init; }

    /// <summary>The answer, or null when the whole 323 is rejected at header level.</summary>
    public DeclaratieAntwoord? DeclaratieAntwoord { get; init; }

    private protected override BerichtHeader GetHeader() => Header;
}
