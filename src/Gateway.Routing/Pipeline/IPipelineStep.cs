namespace Gateway.Routing.Pipeline;

/// <summary>One small step of the message pipeline; the order lives in <see cref="InboundPipeline"/> and <see cref="OutboundPipeline"/>.</summary>
public interface IPipelineStep
{
    /// <summary>The step's name, as logged at start.</summary>
    string Name { get; }

    /// <summary>Reads and extends the context. Steps of the commit phase find the open store transaction on it.</summary>
    ValueTask InvokeAsync(MessageContext context, CancellationToken cancellationToken);
}
