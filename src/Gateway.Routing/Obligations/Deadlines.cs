using Gateway.Messages.Answers;
using Gateway.Routing.Declaraties;
using Gateway.Routing.Store;
using Microsoft.Extensions.Logging;

namespace Gateway.Routing.Obligations;

/// <summary>
/// The obligations as they stand today, on the Dutch working-day calendar: listed nearest first for operators (CLI, API)
/// and swept for their signals. A sweep gives each open obligation's approaching and overdue signal once (a
/// compare-and-set in the store), as an event on the message that opened it and a log line; safe to run twice.
/// </summary>
public sealed partial class Deadlines
{
    private readonly IMessageStore _messages;
    private readonly IObligationStore _store;
    private readonly ObligationsOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<Deadlines> _logger;

    /// <summary>Creates the service over the store's obligations.</summary>
    public Deadlines(IMessageStore messages, IObligationStore store, ObligationsOptions options, TimeProvider time, ILogger<Deadlines> logger)
    {
        _messages = messages;
        _store = store;
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <summary>Today's Dutch date.</summary>
    public DateOnly Today => DutchDate.Today(_time);

    /// <summary>Where <paramref name="obligation"/> stands on <paramref name="today"/>.</summary>
    public ObligationState StateOf(Obligation obligation, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(obligation);
        if (!obligation.IsOpen)
        {
            return obligation.Late ? ObligationState.Late : ObligationState.Closed;
        }

        if (today > obligation.Due)
        {
            return ObligationState.Overdue;
        }

        return WorkingDays.Between(today, obligation.Due) <= _options.ApproachingWerkdagen ? ObligationState.Approaching : ObligationState.Open;
    }

    /// <summary>Open obligations (with <paramref name="includeClosed"/> also fulfilled ones), nearest due date first; only those of <paramref name="gemeenten"/> when given.</summary>
    public async Task<IReadOnlyList<Deadline>> ListAsync(IReadOnlyCollection<string>? gemeenten = null, bool includeClosed = false, CancellationToken cancellationToken = default)
    {
        var today = Today;
        var all = await _store.ListAsync(includeClosed, cancellationToken);
        return [.. all
            .Where(o => gemeenten is null || gemeenten.Contains(o.Gemeentecode))
            .Select(o => new Deadline(o, StateOf(o, today), WorkingDays.Between(today, o.Due)))];
    }

    /// <summary>Gives every open obligation's due signals that were not given yet; returns how many of each.</summary>
    public async Task<DeadlineSweep> SweepAsync(CancellationToken cancellationToken = default)
    {
        var today = Today;
        var due = (await _store.ListAsync(includeClosed: false, cancellationToken))
            .Select(o => (Obligation: o, State: StateOf(o, today)))
            .Where(d => (d.State == ObligationState.Overdue && !d.Obligation.OverdueSignalled) || (d.State == ObligationState.Approaching && !d.Obligation.ApproachingSignalled))
            .ToList();
        if (due.Count == 0)
        {
            return new DeadlineSweep(0, 0);
        }

        var (approaching, overdue) = (0, 0);
        await using var tx = await _messages.BeginAsync(cancellationToken);
        foreach (var (obligation, state) in due)
        {
            var signal = state == ObligationState.Overdue ? ObligationSignal.Overdue : ObligationSignal.Approaching;
            if (!await _store.MarkSignalledAsync(tx, obligation.Id, signal, cancellationToken))
            {
                continue;
            }

            var type = signal == ObligationSignal.Overdue ? ObligationEventTypes.ObligationOverdue : ObligationEventTypes.ObligationApproaching;
            if (await tx.GetMessageAsync(obligation.OpenedBy, cancellationToken) is not null)
            {
                // Retention may have removed the opening message; the signal is still given (log, metrics, listing).
                await tx.AddEventAsync(obligation.OpenedBy, type, Describe(obligation, signal), cancellationToken: cancellationToken);
            }

            if (signal == ObligationSignal.Overdue)
            {
                overdue++;
                LogOverdue(_logger, obligation.Id, obligation.Kind, obligation.Owner, obligation.Gemeentecode, obligation.Aanbieder, obligation.Due);
            }
            else
            {
                approaching++;
                LogApproaching(_logger, obligation.Id, obligation.Kind, obligation.Owner, obligation.Gemeentecode, obligation.Aanbieder, obligation.Due);
            }
        }

        await tx.CommitAsync(cancellationToken);
        return new DeadlineSweep(approaching, overdue);
    }

    /// <summary>One line without a BSN, e.g. "Retour (opened by message 12) owed by provider 41101234 to gemeente 0344 was due 2026-11-13."</summary>
    public static string Describe(Obligation obligation, ObligationSignal signal)
    {
        ArgumentNullException.ThrowIfNull(obligation);
        var owner = obligation.Owner == ObligationOwner.Region ? $"gemeente {obligation.Gemeentecode} to provider {obligation.Aanbieder}" : $"provider {obligation.Aanbieder} to gemeente {obligation.Gemeentecode}";
        var when = signal == ObligationSignal.Overdue ? "was due" : "is due";
        return $"{obligation.Kind} (opened by message {obligation.OpenedBy}) owed by {owner} {when} {obligation.Due:yyyy-MM-dd}.";
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Obligation {ObligationId} overdue: {Kind} owed by {Owner} (gemeente {Gemeentecode}, provider {Aanbieder}) was due {Due:yyyy-MM-dd}")]
    private static partial void LogOverdue(ILogger logger, long obligationId, ObligationKind kind, ObligationOwner owner, string gemeentecode, string aanbieder, DateOnly due);

    [LoggerMessage(Level = LogLevel.Information, Message = "Obligation {ObligationId} approaching: {Kind} owed by {Owner} (gemeente {Gemeentecode}, provider {Aanbieder}) is due {Due:yyyy-MM-dd}")]
    private static partial void LogApproaching(ILogger logger, long obligationId, ObligationKind kind, ObligationOwner owner, string gemeentecode, string aanbieder, DateOnly due);
}
