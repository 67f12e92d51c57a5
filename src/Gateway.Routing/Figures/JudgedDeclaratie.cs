using Gateway.Messages.Model;
using Gateway.Routing.Declaraties;

namespace Gateway.Routing.Figures;

/// <summary>One inbound 323 as the gateway judged it, for the figures.</summary>
/// <param name="MessageId">The recorded 323.</param>
/// <param name="Bericht">The 323 (the recorder keeps its clients only as keyed hashes).</param>
/// <param name="Verdict">The one verdict on it, clients and prestaties in message order.</param>
/// <param name="Reasons">Why each prestatie was rejected, in the order of <see cref="DeclaratieVerdict.Prestaties"/>; empty for a granted one.</param>
/// <param name="Held">True when its 325 is held for a back-office decision: nothing is answered yet.</param>
public sealed record JudgedDeclaratie(long MessageId, Bericht323 Bericht, DeclaratieVerdict Verdict, IReadOnlyList<IReadOnlyList<FigureReason>> Reasons, bool Held);
