namespace Gateway.Routing.Pipeline;

/// <summary>A step of the check phase: needs no store and hands on the message with what it found.</summary>
public interface ICheckStep : IPipelineStep
{
    /// <summary>The message with this step's findings (a refusal among them).</summary>
    ValueTask<CheckedMessage> CheckAsync(CheckedMessage message, CancellationToken cancellationToken);
}
