using Gateway.Messages.Standards;

namespace Gateway.Routing.Obligations;

/// <summary>One stored obligation; no BSN in any field (its reference is stored only as a keyed hash).</summary>
public sealed record Obligation
{
    /// <summary>Internal id.</summary>
    public required long Id { get; init; }

    /// <summary>What is owed.</summary>
    public required ObligationKind Kind { get; init; }

    /// <summary>Who owes it.</summary>
    public required ObligationOwner Owner { get; init; }

    /// <summary>iJw or iWmo.</summary>
    public required Standard Standard { get; init; }

    /// <summary>The gemeente party.</summary>
    public required string Gemeentecode { get; init; }

    /// <summary>The provider party (AGB code).</summary>
    public required string Aanbieder { get; init; }

    /// <summary>The message that opened it.</summary>
    public required long OpenedBy { get; init; }

    /// <summary>The Dutch date the term counts from.</summary>
    public required DateOnly Since { get; init; }

    /// <summary>The last day to fulfil it.</summary>
    public required DateOnly Due { get; init; }

    /// <summary>When it was recorded.</summary>
    public required DateTimeOffset OpenedAt { get; init; }

    /// <summary>The message that fulfilled it; null while open.</summary>
    public long? ClosedBy { get; init; }

    /// <summary>When it was fulfilled; null while open.</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>True when fulfilled after its due date.</summary>
    public bool Late { get; init; }

    /// <summary>True once the approaching signal was given.</summary>
    public bool ApproachingSignalled { get; init; }

    /// <summary>True once the overdue signal was given.</summary>
    public bool OverdueSignalled { get; init; }

    /// <summary>True while not fulfilled.</summary>
    public bool IsOpen => ClosedAt is null;
}
