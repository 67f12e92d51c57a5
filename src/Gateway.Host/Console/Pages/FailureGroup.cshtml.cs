using System.Globalization;
using Gateway.Host.Operators;
using Gateway.Routing.Store;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Gateway.Host.Console.Pages;

/// <summary>
/// One failure group: its dead letters page by page, and bulk replay or purge of the whole group or of the ticked ones.
/// Every bulk action is asked first and done only after it is confirmed; the store audits each delivery it touches.
/// </summary>
internal sealed class FailureGroupModel(ConsoleQueries queries) : ConsolePageModel
{
    public const int PageSize = 50;

    [FromRoute]
    public string GroupId { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    public FailureGroupView Group { get; private set; } = null!;

    public PageView<FailureMemberView> Members { get; private set; } = new([], 0, null);

    /// <summary>The action waiting for confirmation ("replay" or "purge"), with the deliveries it is for (empty: the whole group).</summary>
    public string? Confirming { get; private set; }

    public IReadOnlyList<long> Selected { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    /// <summary>The first step: say what would be done and ask to confirm.</summary>
    public async Task<IActionResult> OnPostAskAsync(string action, long[] ids, CancellationToken cancellationToken)
    {
        if (await RefusalAsync(action, cancellationToken) is { } refused)
        {
            return refused;
        }

        Confirming = action;
        Selected = ids;
        return Page();
    }

    /// <summary>The second step: do it.</summary>
    public async Task<IActionResult> OnPostDoAsync(string action, long[] ids, CancellationToken cancellationToken)
    {
        if (await RefusalAsync(action, cancellationToken) is { } refused)
        {
            return refused;
        }

        var bulk = action == "replay" ? BulkAction.Replay : BulkAction.Purge;
        var result = ids.Length == 0
            ? await queries.GroupActionAsync(Account, GroupId, bulk, cancellationToken)
            : await queries.SelectionActionAsync(Account, ids, bulk, cancellationToken);
        if (result is null)
        {
            return NotFound();
        }

        Notice = string.Format(CultureInfo.InvariantCulture, T["failures." + action + ".done"], result.Done, result.Matched);
        return Redirect("/console/failures");
    }

    /// <summary>Why a bulk request is not acted on (an account that may not, a group gone, an unknown action); null when it may go on.</summary>
    private async Task<IActionResult?> RefusalAsync(string action, CancellationToken cancellationToken) =>
        !MayActOnDeliveries ? StatusCode(StatusCodes.Status403Forbidden)
        : !await LoadAsync(cancellationToken) ? NotFound()
        : action is not ("replay" or "purge") ? BadRequest()
        : null;

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if ((await queries.FailureGroupsAsync(Account, cancellationToken)).Items.FirstOrDefault(g => g.Id == GroupId) is not { } group
            || await queries.MembersAsync(Account, GroupId, PageCursor.TryParse(After, out var cursor) ? cursor : null, PageSize, cancellationToken) is not { } members)
        {
            return false;
        }

        Group = group;
        Members = members;
        return true;
    }
}
