using System.Globalization;
using Gateway.Routing.Store;
using Microsoft.AspNetCore.Mvc;

namespace Gateway.Host.Console.Pages;

/// <summary>
/// One failure group: its dead letters page by page, and bulk replay or purge of the whole group or of the ticked ones.
/// Every bulk action is asked first and done only after it is confirmed; the store audits each delivery it touches.
/// </summary>
internal sealed class FailureGroupModel(IMessageBrowser browser) : ConsolePageModel
{
    public const int PageSize = 50;

    [FromRoute]
    public string GroupId { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    public FailureGroup Group { get; private set; } = null!;

    public Page<FailureMember> Members { get; private set; } = new([], 0, null);

    /// <summary>The action waiting for confirmation ("replay" or "purge"), with the deliveries it is for (empty: the whole group).</summary>
    public string? Confirming { get; private set; }

    public IReadOnlyList<long> Selected { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    /// <summary>The first step: say what would be done and ask to confirm.</summary>
    public async Task<IActionResult> OnPostAskAsync(string action, long[] ids, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (action is not ("replay" or "purge"))
        {
            return BadRequest();
        }

        Confirming = action;
        Selected = ids;
        return Page();
    }

    /// <summary>The second step: do it.</summary>
    public async Task<IActionResult> OnPostDoAsync(string action, long[] ids, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var selection = ids.Length == 0 ? FailureSelection.OfGroup(Group.Key) : FailureSelection.OfDeliveries(ids);
        var scope = ConsoleScope.Of(Account);
        var result = action switch
        {
            "replay" => await browser.ReplayAsync(selection, Account.Name, scope, cancellationToken),
            "purge" => await browser.PurgeAsync(selection, Account.Name, scope, cancellationToken),
            _ => null,
        };
        if (result is null)
        {
            return BadRequest();
        }

        Notice = string.Format(CultureInfo.InvariantCulture, T["failures." + action + ".done"], result.Done, result.Matched);
        return Redirect("/console/failures");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var scope = ConsoleScope.Of(Account);
        if ((await browser.FailureGroupsAsync(scope, cancellationToken)).FirstOrDefault(g => g.Key.Id == GroupId) is not { } group)
        {
            return false;
        }

        Group = group;
        Members = await browser.MembersAsync(group.Key, PageCursor.TryParse(After, out var cursor) ? cursor : null, PageSize, scope, cancellationToken);
        return true;
    }
}
