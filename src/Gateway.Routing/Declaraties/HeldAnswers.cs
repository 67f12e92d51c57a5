using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Routing.Figures;
using Gateway.Routing.Obligations;
using Gateway.Routing.Store;
using Microsoft.Extensions.Logging;

namespace Gateway.Routing.Declaraties;

/// <summary>
/// The back office's and operators' view of held 325s and their decision. Release queues the held 325 as built and
/// grants its prestaties (ledger, ceiling usage and figures) in one store transaction; a compare-and-set on the held state
/// makes a second decision (release or a replacing 325) fail cleanly instead of sending twice.
/// </summary>
public sealed partial class HeldAnswers
{
    /// <summary>The issue code of a back office's 325 refused because the held 325 was decided before (the API answers 409).</summary>
    public const string AlreadyDecidedCode = "HELD";

    private readonly IMessageStore _messages;
    private readonly IDeclaratieAntwoordStore _store;
    private readonly CeilingGrants _ceilings;
    private readonly IFigureRecorder _figures;
    private readonly IObligationStore _obligations;
    private readonly TimeProvider _time;
    private readonly ILogger<HeldAnswers> _logger;

    /// <summary>Creates the service over the store's held answers.</summary>
    public HeldAnswers(IMessageStore messages, IDeclaratieAntwoordStore store, CeilingGrants ceilings, IFigureRecorder figures, IObligationStore obligations, TimeProvider time, ILogger<HeldAnswers> logger)
    {
        _messages = messages;
        _store = store;
        _ceilings = ceilings;
        _figures = figures;
        _obligations = obligations;
        _time = time;
        _logger = logger;
    }

    /// <summary>Today's Dutch date (the deadline is counted in Dutch working days).</summary>
    public DateOnly Today => DutchDate.Today(_time);

    /// <summary>Working days left until the deadline (0 on the day itself, negative when overdue).</summary>
    public int WorkingDaysLeft(HeldAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return WorkingDays.Between(Today, answer.Deadline);
    }

    /// <summary>The 325s still held, earliest deadline first; only those of <paramref name="gemeenten"/> when given.</summary>
    public async Task<IReadOnlyList<HeldAnswer>> ListAsync(IReadOnlyCollection<string>? gemeenten = null, CancellationToken cancellationToken = default)
    {
        var held = await _store.ListHeldAsync(cancellationToken);
        return [.. held.Where(h => gemeenten is null || gemeenten.Contains(h.Gemeentecode))];
    }

    /// <summary>Releases a held 325: queued to the hub as built, its prestaties granted as it says. Idempotent by compare-and-set.</summary>
    public async Task<HeldAnswerDecision> ReleaseAsync(long answerMessageId, string actor, IReadOnlyCollection<string>? gemeenten = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var payload = await _messages.ReadPayloadAsync(answerMessageId, cancellationToken);
        await using var tx = await _messages.BeginAsync(cancellationToken);
        var held = await _store.HeldAnswerAsync(tx, answerMessageId, cancellationToken);
        if (held is null || (gemeenten is not null && !gemeenten.Contains(held.Gemeentecode)))
        {
            return new HeldAnswerDecision(HeldAnswerDecisionKind.NotFound, null, $"No held 325 {answerMessageId}.");
        }

        if (payload is null || !await _store.DecideAsync(tx, answerMessageId, HeldAnswerState.Released, actor, cancellationToken))
        {
            return AlreadyDecided(held);
        }

        var detail = $"Held 325 {answerMessageId} released by {actor}; queued as built.";
        await tx.UpdateStateAsync(answerMessageId, MessageState.Queued, MessageEventTypes.AnswerReleased, detail, cancellationToken: cancellationToken);
        await tx.AddEventAsync(held.DeclaratieMessageId, MessageEventTypes.AnswerReleased, detail, actor, cancellationToken);
        await tx.EnqueueDeliveryAsync(answerMessageId, DeliveryDestination.Hub, cancellationToken: cancellationToken);
        await GrantAsync(tx, held, (Bericht325)BerichtReader.Read(payload), cancellationToken);
        await _obligations.CloseAsync(
            tx,
            new ObligationClosing(ObligationKind.DeclaratieAntwoord, held.Standard, held.Gemeentecode, held.Aanbieder, held.DeclaratieMessageId.ToString(System.Globalization.CultureInfo.InvariantCulture), answerMessageId, Today),
            cancellationToken);
        await tx.CommitAsync(cancellationToken);
        LogDecided(_logger, answerMessageId, HeldAnswerState.Released, held.DeclaratieMessageId);
        return new HeldAnswerDecision(HeldAnswerDecisionKind.Done, held with { State = HeldAnswerState.Released, DecidedBy = actor }, detail);
    }

    /// <summary>
    /// Inside the outbound transaction of a back office's 325 for a 323: when that 323's 325 is held, drops the held one
    /// and grants as the back office's 325 says. Returns null when nothing was held (the 325 goes as today), the decision
    /// otherwise (<see cref="HeldAnswerDecisionKind.AlreadyDecided"/> refuses the 325).
    /// </summary>
    internal async Task<HeldAnswerDecision?> ReplaceAsync(IStoreTransaction transaction, long declaratieMessageId, Bericht325 replacement, string actor, CancellationToken cancellationToken)
    {
        if (await _store.HeldAnswerOfDeclaratieAsync(transaction, declaratieMessageId, cancellationToken) is not { } held)
        {
            return null;
        }

        if (!await _store.DecideAsync(transaction, held.AnswerMessageId, HeldAnswerState.Replaced, actor, cancellationToken))
        {
            return AlreadyDecided(held);
        }

        var detail = $"Held 325 {held.AnswerMessageId} replaced by the back office's 325 {replacement.Header.BerichtIdentificatie.Identificatie}; never sent.";
        await transaction.UpdateStateAsync(held.AnswerMessageId, MessageState.Replaced, MessageEventTypes.AnswerReplaced, detail, cancellationToken: cancellationToken);
        await transaction.AddEventAsync(declaratieMessageId, MessageEventTypes.AnswerReplaced, detail, actor, cancellationToken);
        await GrantAsync(transaction, held, replacement, cancellationToken);
        LogDecided(_logger, held.AnswerMessageId, HeldAnswerState.Replaced, declaratieMessageId);
        return new HeldAnswerDecision(HeldAnswerDecisionKind.Done, held with { State = HeldAnswerState.Replaced, DecidedBy = actor }, detail);
    }

    /// <summary>The 325 that goes out (held or the back office's) turned into the verdict, which the ledger, the ceilings and the figures follow.</summary>
    private async Task GrantAsync(IStoreTransaction transaction, HeldAnswer held, Bericht325 answer, CancellationToken cancellationToken)
    {
        var recorded = await _store.PrestatiesOfDeclaratieAsync(transaction, held.DeclaratieMessageId, cancellationToken);
        var verdict = DeclaratieVerdict.Of(held, recorded, answer);
        await _store.DecidePrestatiesAsync(transaction, held.DeclaratieMessageId, verdict, cancellationToken);
        await _ceilings.GrantAsync(transaction, held.DeclaratieMessageId, verdict, cancellationToken);
        await _figures.DecideAsync(transaction, held.DeclaratieMessageId, FigureDecision.Of(answer), cancellationToken);
    }

    private static HeldAnswerDecision AlreadyDecided(HeldAnswer held) =>
        new(HeldAnswerDecisionKind.AlreadyDecided, held, $"The 325 {held.AnswerMessageId} for declaration {held.DeclaratieNummer} was already decided ({held.State.ToString().ToLowerInvariant()}{(held.DecidedBy is { } by ? " by " + by : "")}); nothing changed.");

    [LoggerMessage(Level = LogLevel.Information, Message = "Held 325 {AnswerMessageId} {Decision} (declaration message {DeclaratieMessageId})")]
    private static partial void LogDecided(ILogger logger, long answerMessageId, HeldAnswerState decision, long declaratieMessageId);
}
