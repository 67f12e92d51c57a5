using Gateway.Routing.Store;

namespace Gateway.Routing.Figures;

/// <summary>
/// The durable side of the declaration figures: every judged prestatie of every inbound 323 (also wholly rejected ones,
/// which the ledger proper does not keep), written inside the transaction that records the 323 or decides its held 325,
/// so figures and ledger commit together. <see cref="IFigureSource"/> reads them back.
/// </summary>
public interface IFigureRecorder
{
    /// <summary>Records each prestatie of the 323 with its judgement and reasons: held when its 325 is held (not answered yet), else answered now.</summary>
    Task RecordAsync(IStoreTransaction transaction, JudgedDeclaratie declaratie, CancellationToken cancellationToken = default);

    /// <summary>Gives the held prestaties of a 323 their final state as the 325 that goes out says, answered now.</summary>
    Task DecideAsync(IStoreTransaction transaction, long declaratieMessageId, FigureDecision decision, CancellationToken cancellationToken = default);
}
