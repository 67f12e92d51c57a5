using Gateway.Routing.Pipeline;
using Gateway.Routing.Tests.Support;

namespace Gateway.Routing.Tests.Pipeline;

public sealed class PipelineDefinitionTests
{
    [Fact]
    public async Task Describe_BothPipelines_ChecksThenOneTransactionThenTheRefusalRoute()
    {
        await using var gateway = await TestGateway.StartAsync();

        Assert.Equal(
            "ClassifyMessage → ValidateSchema → CheckSender → ResolveRoute → CheckRules → DraftAnswer | begin → DetectDuplicate → CheckLedger → CorrelateAnswer → RecordMessage → DecideDeclaratieAntwoord → ApplyToLedger → BuildAnswer → HoldAnswer → RecordFigures → QueueAnswer → TrackObligations → RouteToBackOffice → GrantCeilings → commit; "
            + "refused: ValidateSchema | begin → DetectDuplicate → RecordRefusal → QueueRefusal → commit",
            gateway.Inbound.Pipeline.Describe());
        Assert.Equal(
            "ClassifyMessage → ValidateSchema → ResolveRoute → CheckRules | begin → DetectDuplicate → CheckLedger → CorrelateAnswer → ReplaceHeldAnswer → RecordMessage → ApplyToLedger → QueueToHub → TrackObligations → commit; "
            + "refused: ValidateSchema | begin → DetectDuplicate → RecordRefusal → commit",
            gateway.Outbound.Pipeline.Describe());
    }

    /// <summary>
    /// The README shows each pipeline as the gateway logs it at start: one line in backticks, exactly what Describe()
    /// says, so the README cannot drift from the order declared in PipelineDefinition.
    /// </summary>
    [Fact]
    public async Task Readme_PipelineLines_AreExactlyWhatDescribeSays()
    {
        await using var gateway = await TestGateway.StartAsync();
        var lines = await File.ReadAllLinesAsync(RepoPaths.Readme);

        foreach (var pipeline in new[] { gateway.Inbound.Pipeline, gateway.Outbound.Pipeline })
        {
            var expected = "`" + pipeline.Describe() + "`";
            Assert.True(lines.Contains(expected, StringComparer.Ordinal), $"README.md has no line {expected} (the {pipeline.Name} pipeline as Describe() gives it).");
        }
    }
}
