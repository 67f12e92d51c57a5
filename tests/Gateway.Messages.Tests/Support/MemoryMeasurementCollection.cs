namespace Gateway.Messages.Tests.Support;

/// <summary>
/// Tests that measure process-wide memory (GC.GetTotalMemory) run alone: other tests allocating in parallel would
/// make the measurement meaningless.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasurementCollection
{
    public const string Name = "Memory measurement";
}
