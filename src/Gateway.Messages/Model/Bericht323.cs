using Gateway.Messages.Standards;

namespace Gateway.Messages.Model;

/// <summary>323 Declaratie (aanbieder → gemeente): one declaration with many clients.</summary>
public sealed record Bericht323 : Bericht
{
    /// <inheritdoc />
    public override MessageCode Code => MessageCode.Declaratie;

    /// <summary>The heen header.</summary>
    public new required Header Header { get; init; }

    /// <summary>The declaration (path /Bericht/Declaratie).</summary>
    public required Declaratie Declaratie { get; init; }

    private protected override BerichtHeader GetHeader() => Header;
}
