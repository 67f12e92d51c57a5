using Gateway.Messages.Standards;

namespace Gateway.Messages.Model;

/// <summary>319 Antwoordbericht (gemeente → aanbieder): the answer on a VOT product or a VOW; no client.</summary>
public sealed record Bericht319 : Bericht
{
    /// <inheritdoc />
    public override MessageCode Code => MessageCode.Antwoord;

    /// <summary>The heen header.</summary>
    public new required Header Header { get; init; }

    /// <summary>The answer (path /Bericht/Antwoord).</summary>
    public required Antwoord Antwoord { get; init; }

    private protected override BerichtHeader GetHeader() => Header;
}
