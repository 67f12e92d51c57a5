namespace Gateway.Routing.Pipeline;

/// <summary>A step of the commit phase: works inside the attempt's store transaction, found on its state.</summary>
public interface ICommitStep : IPipelineStep
{
    /// <summary>Reads and extends the attempt's state.</summary>
    ValueTask InvokeAsync(CommitState state, CancellationToken cancellationToken);
}
