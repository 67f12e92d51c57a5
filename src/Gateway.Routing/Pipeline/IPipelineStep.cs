namespace Gateway.Routing.Pipeline;

/// <summary>One small step of a message pipeline; the order lives in <see cref="PipelineDefinition"/>.</summary>
public interface IPipelineStep
{
    /// <summary>The step's name, as logged at start.</summary>
    string Name { get; }
}
