using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Store;
using Microsoft.Extensions.Logging;

namespace Gateway.Routing.Precheck;

/// <summary>
/// "Would this message pass?" for a provider, before it is sent: the message goes through the real inbound pipeline
/// (its check phase, then its whole commit phase: the four levels against the current ledger, contracts and ceilings,
/// the answer, the hold policy) inside a store transaction that is always rolled back
/// (<see cref="PipelineRunner.RehearseAsync"/>).
/// <para>
/// Why the real pipeline and a rollback, rather than a second list of "steps that only judge": the answer depends on
/// everything the commit phase reads, and every step added to the inbound pipeline later (obligations, mergers) is
/// pre-checked as it runs, with nothing to keep in step by hand. What makes it safe is where effects happen: every
/// write of the pipeline (message rows, events, ledger, ceiling usage, thresholds, held 325s, figures, planned
/// deliveries) goes through the transaction, so the rollback takes all of it back; deliveries are never enqueued; the
/// event metrics count committed events only (the store counts them after a commit), so a pre-check counts nothing;
/// no step writes files or calls out. What is left outside the transaction are a step's own log lines (a refused
/// sender, a copy, a ceiling threshold, a held 325): they carry codes and ids, never the payload or a BSN, and they are
/// written under the log scope <c>Precheck</c> so an operator can tell them from real traffic.
/// </para>
/// <para>
/// Concurrency: the check phase (XML, XSD, level 2) runs before the transaction; only the commit phase holds the
/// store's single writer, as long as a real intake of the same message does. The Host bounds how many run at once.
/// </para>
/// </summary>
public sealed class MessagePrecheck
{
    /// <summary>The log scope property set on everything logged during a pre-check.</summary>
    public const string LogScope = "Precheck";

    private readonly PipelineRunner _runner;
    private readonly PipelineDefinition _pipeline;
    private readonly TimeProvider _time;
    private readonly ILogger<MessagePrecheck> _logger;

    internal MessagePrecheck(PipelineRunner runner, InboundPipeline pipeline, TimeProvider time, ILogger<MessagePrecheck> logger)
    {
        _runner = runner;
        _pipeline = pipeline.Definition;
        _time = time;
        _logger = logger;
    }

    /// <summary>
    /// What the gateway would answer to <paramref name="payload"/> arriving from the hub now, sent by
    /// <paramref name="sender"/> (null: no sender check, for a caller who holds the gateway's configuration).
    /// </summary>
    public async Task<PrecheckResult> CheckAsync(byte[] payload, SenderScope? sender, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(payload);
        using var scope = _logger.BeginScope(new Dictionary<string, object> { [LogScope] = true });
        var envelope = new EnvelopeReference(sender?.Zender ?? LogScope, LogScope + "-" + Guid.NewGuid().ToString("N"));
        var state = await _runner.RehearseAsync(_pipeline, CheckedMessage.Inbound(payload, _time.GetUtcNow(), envelope, sender), cancellationToken);
        return ToResult(state);
    }

    private static PrecheckResult ToResult(CommitState state)
    {
        var identity = state.Message.Identity;
        var validation = state.Message.Validation?.Issues ?? [];
        if ((state.Duplicate ?? state.ReusedEnvelope) is { } stored)
        {
            return new PrecheckResult(PrecheckVerdict.Duplicate, identity, null, null, stored.RetourCodes, [], [], null, false);
        }

        if (state.Refusal is { } refusal)
        {
            // The made-up envelope is no one's: the Fo01 shown refers to none.
            var fo01 = refusal with { CrossRefnummer = null };
            return new PrecheckResult(PrecheckVerdict.Refused, identity, "Fo01", fo01.ToBytes(), [], state.RefusalIssues, [], fo01, false)
            {
                SenderNotAllowed = state.Message.Refusal?.AuditEvent == MessageEventTypes.SenderRefused,
            };
        }

        var outcome = state.Outcome ?? MessageOutcome.Accepted();
        var answer = state.Answer?.Answer;
        var name = answer is null ? null : MessageCatalog.Get(answer.Code).QualifiedName(answer.Standard);
        IReadOnlyList<string> header = answer?.Header switch
        {
            RetourHeader h => h.RetourCodes,
            DeclaratieAntwoordHeader h => h.RetourCodes,
            _ => [],
        };
        IReadOnlyList<string> codes = answer is null ? []
            : [.. header.Concat(outcome.HeaderCodes).Concat(outcome.ClassCodes.Values.SelectMany(c => c)).DefaultIfEmpty(RetourCodes.GeenOpmerking).Distinct(StringComparer.Ordinal)];
        return new PrecheckResult(
            outcome.IsAccepted ? PrecheckVerdict.Accepted : PrecheckVerdict.Rejected,
            identity,
            name,
            state.AnswerPayload,
            codes,
            validation,
            [.. state.RuleRejections],
            null,
            state.AnswerHold is not null)
        {
            Outcome = outcome,
        };
    }
}
