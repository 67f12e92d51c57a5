using Gateway.Routing.Reference;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Routing.Contracts;

/// <summary>
/// The contract register of a region that configured none: no contracts and no ceilings, so the contract rules are not
/// composed, ceiling usage tracks nothing and nothing is held for a ceiling. It has no files and never reloads.
/// </summary>
public static class NoContracts
{
    /// <summary>The empty register.</summary>
    public static ContractRegister Register { get; } = new([], []);

    /// <summary>A source that always answers <see cref="Register"/>.</summary>
    public static ReloadingSource<ContractRegister> Source(TimeProvider time) =>
        new("no contract register", static () => [], static () => Register, time, TimeSpan.MaxValue, NullLogger.Instance);
}
