namespace Gateway.Host.Tests.Support;

/// <summary>
/// Tests that listen process-wide (an <c>ActivityListener</c> sees the spans of every gateway in the test process, and
/// message ids repeat across their stores) run alone, not beside other test classes.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideListeners
{
    public const string Name = "Process-wide listeners";
}
