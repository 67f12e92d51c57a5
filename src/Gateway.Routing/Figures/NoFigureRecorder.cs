using Gateway.Routing.Store;

namespace Gateway.Routing.Figures;

/// <summary>The figures of a gateway without a ledger (<see cref="Ledger.NoLedger"/>): records nothing.</summary>
public sealed class NoFigureRecorder : IFigureRecorder
{
    /// <inheritdoc />
    public Task RecordAsync(IStoreTransaction transaction, JudgedDeclaratie declaratie, CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <inheritdoc />
    public Task DecideAsync(IStoreTransaction transaction, long declaratieMessageId, FigureDecision decision, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
