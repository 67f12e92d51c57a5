using Gateway.Messages.Standards;

namespace Gateway.Messages.Model;

/// <summary>
/// One iJw or iWmo release-3.2 message. iJw and iWmo share this model; <see cref="Standard"/> says which one.
/// Derived records hold the typed header (<c>Header</c>) and body; read them with <see cref="BerichtReader"/>,
/// write them with <see cref="BerichtWriter"/> and walk their classes with <see cref="ClassPaths"/>.
/// </summary>
/// <remarks>
/// Records hold lists as <see cref="IReadOnlyList{T}"/>, so record equality compares lists by reference;
/// compare written XML when content equality is needed.
/// </remarks>
public abstract record Bericht
{
    /// <summary>The release this model implements.</summary>
    public const string Release32 = "3.2";

    /// <summary>iJw or iWmo.</summary>
    public required Standard Standard { get; init; }

    /// <summary>The release, taken from the namespace when read ("3.2").</summary>
    public string Release { get; init; } = Release32;

    /// <summary>The message number (301 … 325).</summary>
    public abstract MessageCode Code { get; }

    /// <summary>The header fields every message has; the derived record's own <c>Header</c> is typed.</summary>
    public BerichtHeader Header => GetHeader();

    /// <summary>The identity of this message (standard, code, release) and its namespaces.</summary>
    public MessageIdentity Identity => new(Standard, Code, Release);

    private protected abstract BerichtHeader GetHeader();
}
