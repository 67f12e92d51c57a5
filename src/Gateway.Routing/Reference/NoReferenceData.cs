using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Routing.Reference;

/// <summary>
/// The reference data of a region that configured none: no gemeentecodes and no product code lists, so TR378 and TR381
/// are not composed and every gemeentecode stands for itself in the figures. It has no files and never reloads.
/// </summary>
public static class NoReferenceData
{
    /// <summary>The empty snapshot.</summary>
    public static ReferenceData Data { get; } = new([], []);

    /// <summary>A source that always answers <see cref="Data"/>.</summary>
    public static ReloadingSource<ReferenceData> Source(TimeProvider time) =>
        new("no reference data", static () => [], static () => Data, time, TimeSpan.MaxValue, NullLogger.Instance);
}
