using Gateway.Messages.Standards;

namespace Gateway.Messages.Model;

/// <summary>320 Antwoordbericht retour.</summary>
public sealed record Bericht320 : Bericht
{
    /// <inheritdoc />
    public override MessageCode Code => MessageCode.AntwoordRetour;

    /// <summary>The retour header.</summary>
    public new required RetourHeader Header { get; init; }

    /// <summary>The echoed answer, or null when only the header answers.</summary>
    public Antwoord? Antwoord { get; init; }

    private protected override BerichtHeader GetHeader() => Header;
}
