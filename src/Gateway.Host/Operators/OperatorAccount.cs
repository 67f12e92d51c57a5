using Gateway.Routing.Store;

namespace Gateway.Host.Operators;

/// <summary>An authenticated operator and the gemeenten they may see.</summary>
internal sealed record OperatorAccount(string Name, IReadOnlySet<string> Gemeenten)
{
    /// <summary>The operator of the command line: the person at the store file sees the whole region.</summary>
    public static OperatorAccount CommandLine(string name) => new(name, new HashSet<string>(StringComparer.Ordinal) { "*" });

    public bool SeesAll => Gemeenten.Contains("*");

    public bool CanSee(StoredMessage message) =>
        SeesAll || (message.Gemeentecode is { } code && Gemeenten.Contains(code));
}
