using System.Globalization;
using Gateway.Host.Explain;
using Gateway.Messages.Standards;
using Gateway.Routing.Store;
using Microsoft.Extensions.Logging;

namespace Gateway.Host.Operators;

/// <summary>
/// What the console and the JSON API ask across many messages: search, the life of a toewijzing, failure groups with
/// bulk replay and purge, traffic. Scoped to the operator's gemeenten; views carry no BSN. Bulk actions are audited per
/// delivery by the store (the event names the operator) and logged once here.
/// </summary>
internal sealed partial class ConsoleQueries(IMessageBrowser browser, CodeExplainer explainer, TimeProvider time, ILogger<ConsoleQueries> logger)
{
    /// <summary>The most rows one page holds.</summary>
    public const int MaxLimit = 500;

    /// <summary>Rows per page when the caller names none.</summary>
    public const int DefaultLimit = 50;

    /// <summary>The most days of traffic one overview draws.</summary>
    public const int MaxTrafficDays = 31;

    public static GemeenteScope ScopeOf(OperatorAccount account) => account.SeesAll ? GemeenteScope.All : GemeenteScope.Of(account.Gemeenten);

    /// <summary>Checks a search request; the problem names the field and what to send instead.</summary>
    public static bool TryReadSearch(SearchRequest request, out MessageSearch search, out PageCursor? cursor, out int limit, out string problem)
    {
        search = new MessageSearch();
        cursor = null;
        limit = Math.Clamp(request.Limit ?? DefaultLimit, 1, MaxLimit);
        problem = "";
        MessageState? state = null;
        if (!string.IsNullOrEmpty(request.State))
        {
            if (!Enum.TryParse<MessageState>(request.State, ignoreCase: true, out var s) || !Enum.IsDefined(s))
            {
                problem = $"state must be one of {string.Join(", ", Enum.GetNames<MessageState>())}.";
                return false;
            }

            state = s;
        }

        if (request.Code is { } code && !Enum.IsDefined((MessageCode)code))
        {
            problem = $"code must be a message code such as 301, 305 or 323 (one of {string.Join(", ", Enum.GetValues<MessageCode>().Select(c => ((int)c).ToString(CultureInfo.InvariantCulture)))}).";
            return false;
        }

        if (request.Cursor is { Length: > 0 } text)
        {
            if (!PageCursor.TryParse(text, out var parsed))
            {
                problem = "cursor must be the 'next' value of the previous page.";
                return false;
            }

            cursor = parsed;
        }

        if (request.From is { } from && request.Until is { } until && until <= from)
        {
            problem = "until must be later than from.";
            return false;
        }

        search = new MessageSearch
        {
            Identificatie = Trimmed(request.Identificatie),
            Referentienummer = Trimmed(request.Referentienummer),
            ToewijzingNummer = request.ToewijzingNummer,
            DeclaratieNummer = Trimmed(request.DeclaratieNummer),
            Aanbieder = Trimmed(request.Aanbieder),
            Gemeente = Trimmed(request.Gemeente),
            Bsn = Trimmed(request.Bsn),
            Code = request.Code is { } c ? (MessageCode)c : null,
            State = state,
            From = request.From,
            Until = request.Until,
        };
        return true;
    }

    public async Task<PageView<MessageHitView>> SearchAsync(OperatorAccount account, MessageSearch search, PageCursor? cursor, int limit, CancellationToken cancellationToken)
    {
        var page = await browser.SearchAsync(search, cursor, limit, ScopeOf(account), cancellationToken);
        if (search.Bsn is not null)
        {
            // Who looked up a client, never which client.
            LogSearchedByBsn(logger, account.Name, page.Total);
        }

        return PageView<MessageHitView>.From(page, h => new MessageHitView(MessageSummaryView.From(h.Message), h.DeadLettered));
    }

    /// <summary>Null when no message of the toewijzing is in the operator's scope.</summary>
    public async Task<LifeView?> LifeAsync(OperatorAccount account, long toewijzingNummer, CancellationToken cancellationToken)
    {
        var life = await browser.ToewijzingLifeAsync(toewijzingNummer, ScopeOf(account), cancellationToken);
        return life.Entries.Count == 0
            ? null
            : new LifeView(life.ToewijzingNummer, [.. life.Entries.Select(e => new LifeEntryView(MessageSummaryView.From(e.Message), [.. e.Answers.Select(MessageSummaryView.From)], [.. e.RuleCodes.Select(Explain)]))]);
    }

    public async Task<PageView<FailureGroupView>> FailureGroupsAsync(OperatorAccount account, CancellationToken cancellationToken)
    {
        var groups = await browser.FailureGroupsAsync(ScopeOf(account), cancellationToken);
        return new PageView<FailureGroupView>([.. groups.Select(FailureGroupView.From)], groups.Count, null);
    }

    /// <summary>Null when the group has no dead letter in the operator's scope (any more).</summary>
    public async Task<PageView<FailureMemberView>?> MembersAsync(OperatorAccount account, string groupId, PageCursor? cursor, int limit, CancellationToken cancellationToken)
    {
        var scope = ScopeOf(account);
        if (await FindGroupAsync(groupId, scope, cancellationToken) is not { } group)
        {
            return null;
        }

        var page = await browser.MembersAsync(group, cursor, Math.Clamp(limit, 1, MaxLimit), scope, cancellationToken);
        return PageView<FailureMemberView>.From(page, m => new FailureMemberView(DeliveryView.From(m.Delivery), MessageSummaryView.From(m.Message)));
    }

    /// <summary>Replays or purges a whole group; null when the group has no dead letter in the operator's scope.</summary>
    public async Task<BulkResultView?> GroupActionAsync(OperatorAccount account, string groupId, BulkAction action, CancellationToken cancellationToken)
    {
        var scope = ScopeOf(account);
        if (await FindGroupAsync(groupId, scope, cancellationToken) is not { } group)
        {
            return null;
        }

        return await ActAsync(account, FailureSelection.OfGroup(group), groupId, action, scope, cancellationToken);
    }

    /// <summary>Replays or purges chosen dead letters; those not dead-lettered or outside the scope are skipped.</summary>
    public Task<BulkResultView> SelectionActionAsync(OperatorAccount account, IReadOnlyList<long> deliveryIds, BulkAction action, CancellationToken cancellationToken) =>
        ActAsync(account, FailureSelection.OfDeliveries(deliveryIds), null, action, ScopeOf(account), cancellationToken);

    public async Task<TrafficView> TrafficAsync(OperatorAccount account, int days, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var since = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero).AddDays(-Math.Clamp(days, 1, MaxTrafficDays));
        var traffic = await browser.TrafficAsync(since, ScopeOf(account), cancellationToken);
        return new TrafficView(
            since,
            [.. traffic.MessagesPerHour.Select(h => new HourCountView(h.Hour, h.Direction.ToString(), h.Count))],
            [.. traffic.RejectionsPerRetourCode.Select(r => new RetourCodeCountView(r.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.RetourCode, r.Count))]);
    }

    private async Task<BulkResultView> ActAsync(OperatorAccount account, FailureSelection selection, string? groupId, BulkAction action, GemeenteScope scope, CancellationToken cancellationToken)
    {
        var result = action == BulkAction.Replay
            ? await browser.ReplayAsync(selection, account.Name, scope, cancellationToken)
            : await browser.PurgeAsync(selection, account.Name, scope, cancellationToken);
        LogBulkAction(logger, account.Name, action, groupId ?? "selection", result.Matched, result.Done);
        return new BulkResultView(action == BulkAction.Replay ? "replay" : "purge", groupId, result.Matched, result.Done, result.DeliveryIds);
    }

    private async Task<FailureGroupKey?> FindGroupAsync(string groupId, GemeenteScope scope, CancellationToken cancellationToken) =>
        (await browser.FailureGroupsAsync(scope, cancellationToken)).FirstOrDefault(g => string.Equals(g.Key.Id, groupId, StringComparison.OrdinalIgnoreCase))?.Key;

    private RuleCodeView Explain(string code) =>
        explainer.Explain(code) is { } explained ? new RuleCodeView(code, explained.Meaning.Nl, explained.Meaning.En) : new RuleCodeView(code, null, null);

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [LoggerMessage(Level = LogLevel.Information, Message = "Operator {Operator} searched by BSN: {Total} message(s) in scope")]
    private static partial void LogSearchedByBsn(ILogger logger, string @operator, long total);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Operator {Operator} bulk {Action} of {Group}: {Matched} dead letter(s) matched, {Done} done")]
    private static partial void LogBulkAction(ILogger logger, string @operator, BulkAction action, string group, int matched, int done);
}
