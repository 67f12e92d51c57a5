namespace Gateway.Messages.Model;

/// <summary>The change request of a 317/318.</summary>
public sealed record Verzoek : IMessageClass
{
    /// <summary>The aanbieder's own reference for this request, echoed in the 319 answer.</summary>
    public required string ReferentieAanbieder { get; init; }

    /// <summary>RedenVerzoek code.</summary>
    public required string RedenVerzoek { get; init; }

    /// <summary>OngewijzigdeProducten; null when the optional container is absent.</summary>
    public IReadOnlyList<OngewijzigdProduct>? OngewijzigdeProducten { get; init; }

    /// <summary>TeWijzigenProducten; null when the optional container is absent.</summary>
    public IReadOnlyList<TeWijzigenProduct>? TeWijzigenProducten { get; init; }

    /// <summary>NieuweProducten; null when the optional container is absent.</summary>
    public IReadOnlyList<NieuwProduct>? NieuweProducten { get; init; }

    /// <inheritdoc />
    public IReadOnlyList<string> RetourCodes { get; init; } = [];
}
