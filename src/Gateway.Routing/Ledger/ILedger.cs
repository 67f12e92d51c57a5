using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Store;

namespace Gateway.Routing.Ledger;

/// <summary>One accepted message to apply to the ledger.</summary>
/// <param name="MessageId">Its internal id.</param>
/// <param name="Flow">Inbound (from a provider) or outbound (from a back office).</param>
/// <param name="Bericht">The message.</param>
/// <param name="Outcome">
/// What the checks found. Null or accepted for a fully accepted message; a 323 is also applied when only some of its
/// clients/prestaties were rejected (its 325 grants the others), and the ledger marks those rejected.
/// </param>
public sealed record LedgerEntry(long MessageId, Flow Flow, Bericht Bericht, MessageOutcome? Outcome = null)
{
    /// <summary>For an answer (302 … 320, 325): the stored message it was correlated to, if any.</summary>
    public long? AnswersMessageId { get; init; }

    /// <summary>The class path of the 323's Declaratie; a rejection there refuses the whole declaration.</summary>
    public const string DeclaratiePath = "/Bericht/Declaratie";

    /// <summary>
    /// True when the 323's 325 is held for a back-office decision: its prestaties are recorded as
    /// <see cref="PrestatieStatus.Submitted"/> (not granted) until the decision.
    /// </summary>
    public bool Held { get; init; }

    /// <summary>
    /// True when the 325 of this rejected 323 still grants at least part of it: rejected only below Declaratie, and at
    /// least one prestatie neither rejected itself nor under a rejected client. A 325 that rejects every prestatie
    /// grants nothing: that 323 counts as not processed (its DeclaratieNummer and DeclaratiePeriode are not recorded).
    /// </summary>
    public static bool GrantsPartOf(Bericht bericht, MessageOutcome? outcome) =>
        bericht is Bericht323 b && RejectsOnlyBelowDeclaratie(b, outcome) && PrestatiePaths(b).Any(path => !IsRejected(outcome!, path));

    /// <summary>
    /// True when the 325 of this rejected 323 answers per client and prestatie (0200 on DeclaratieAntwoord): rejected
    /// only below Declaratie, whether or not anything is left to grant. The region's hold policy looks at these.
    /// </summary>
    public static bool RejectsOnlyBelowDeclaratie(Bericht bericht, MessageOutcome? outcome) =>
        bericht is Bericht323 && outcome is { Kind: OutcomeKind.RejectedAtClass } o && !o.ClassCodes.ContainsKey(DeclaratiePath);

    /// <summary>True when the class at <paramref name="path"/> (or a class above it) was rejected.</summary>
    public bool IsRejected(string path) => Outcome is { } o && IsRejected(o, path);

    private static bool IsRejected(MessageOutcome outcome, string path) =>
        outcome.ClassCodes.Keys.Any(p => path == p || path.StartsWith(p + "/", StringComparison.Ordinal));

    private static IEnumerable<string> PrestatiePaths(Bericht323 bericht) =>
        bericht.Declaratie.Clienten.SelectMany((client, c) => client.Prestaties.Select((_, p) =>
            ClassPaths.Item(ClassPaths.Item(DeclaratiePath + "/Clienten", "Client", c + 1) + "/Prestaties", "Prestatie", p + 1)));
}

/// <summary>
/// The gateway's memory of the traffic (allocations, starts/stops, requests, declarations). Applied inside the store
/// transaction that records the message, so the ledger and the message outcome never disagree.
/// </summary>
public interface ILedger
{
    /// <summary>Records the effect of an accepted message.</summary>
    ValueTask ApplyAsync(LedgerEntry entry, IStoreTransaction transaction, CancellationToken cancellationToken);
}

/// <summary>The ledger until the ledger issue lands: remembers nothing.</summary>
public sealed class NoLedger : ILedger
{
    /// <inheritdoc />
    public ValueTask ApplyAsync(LedgerEntry entry, IStoreTransaction transaction, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
