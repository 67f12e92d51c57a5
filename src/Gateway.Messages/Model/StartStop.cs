using Gateway.Messages.Standards;

namespace Gateway.Messages.Model;

/// <summary>305 Start zorg/ondersteuning (aanbieder → gemeente).</summary>
public sealed record Bericht305 : Bericht
{
    /// <inheritdoc />
    public override MessageCode Code => MessageCode.Start;

    /// <summary>The heen header.</summary>
    public new required Header Header { get; init; }

    /// <summary>The client (path /Bericht/Client).</summary>
    public required StartClient Client { get; init; }

    private protected override BerichtHeader GetHeader() => Header;
}

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

/// <summary>307 Stop zorg/ondersteuning (aanbieder → gemeente).</summary>
public sealed record Bericht307 : Bericht
{
    /// <inheritdoc />
    public override MessageCode Code => MessageCode.Stop;

    /// <summary>The heen header.</summary>
    public new required Header Header { get; init; }

    /// <summary>The client (path /Bericht/Client).</summary>
    public required StopClient Client { get; init; }

    private protected override BerichtHeader GetHeader() => Header;
}

/// <summary>308 Stop retour.</summary>
public sealed record Bericht308 : Bericht
{
    /// <inheritdoc />
    public override MessageCode Code => MessageCode.StopRetour;

    /// <summary>The retour header.</summary>
    public new required RetourHeader Header { get; init; }

    /// <summary>The echoed client, or null when only the header answers.</summary>
    public StopClient? Client { get; init; }

    private protected override BerichtHeader GetHeader() => Header;
}

/// <summary>The client of a 305/306 (short name, start producten).</summary>
public sealed record StartClient : IMessageClass
{
    /// <summary>Burgerservicenummer (9 digits). Never put it in logs or exception texts.</summary>
    public required string Bsn { get; init; }

    public required Geboortedatum Geboortedatum { get; init; }

    public required string Geslacht { get; init; }

    public required VerkorteNaam Naam { get; init; }

    /// <summary>StartProducten/StartProduct, 1..n.</summary>
    public required IReadOnlyList<StartProduct> StartProducten { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<string> RetourCodes { get; init; } = [];
}

/// <summary>The start of delivery of one product (305/306).</summary>
public sealed record StartProduct : IMessageClass
{
    public long? ToewijzingNummer { get; init; }

    public Product? Product { get; init; }

    public DateOnly? ToewijzingIngangsdatum { get; init; }

    public required DateOnly Begindatum { get; init; }

    /// <summary>StatusAanlevering code (1 or 3 in 305).</summary>
    public required string StatusAanlevering { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<string> RetourCodes { get; init; } = [];
}

/// <summary>The client of a 307/308 (short name, stop producten).</summary>
public sealed record StopClient : IMessageClass
{
    /// <summary>Burgerservicenummer (9 digits). Never put it in logs or exception texts.</summary>
    public required string Bsn { get; init; }

    public required Geboortedatum Geboortedatum { get; init; }

    public required string Geslacht { get; init; }

    public required VerkorteNaam Naam { get; init; }

    /// <summary>StopProducten/StopProduct, 1..n.</summary>
    public required IReadOnlyList<StopProduct> StopProducten { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<string> RetourCodes { get; init; } = [];
}

/// <summary>The end of delivery of one product (307/308).</summary>
public sealed record StopProduct : IMessageClass
{
    public long? ToewijzingNummer { get; init; }

    public Product? Product { get; init; }

    public DateOnly? ToewijzingIngangsdatum { get; init; }

    /// <summary>Begindatum of the start being stopped.</summary>
    public required DateOnly Begindatum { get; init; }

    /// <summary>RedenBeeindiging code (the code list differs between iJw and iWmo).</summary>
    public required string RedenBeeindiging { get; init; }

    public required DateOnly Einddatum { get; init; }

    /// <summary>StatusAanlevering code (1 or 3 in 307).</summary>
    public required string StatusAanlevering { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<string> RetourCodes { get; init; } = [];
}
