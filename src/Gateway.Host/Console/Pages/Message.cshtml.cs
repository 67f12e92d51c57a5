using Gateway.Host.Explain;
using Gateway.Host.Operators;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Gateway.Host.Console.Pages;

/// <summary>
/// One message: its summary, its deliveries with every attempt, its timeline and chain, and on request its payload (BSN
/// masked, audited as MessageViewed). Replay and purge of a dead-lettered delivery. A message outside the account's
/// gemeenten is 404, as over the API.
/// </summary>
internal sealed class MessageModel(OperatorQueries queries, CodeExplainer explainer) : ConsolePageModel
{
    [FromRoute]
    public long Id { get; set; }

    public MessageDetailsView Details { get; private set; } = null!;

    public IReadOnlyList<DeliveryDetailsView> Deliveries { get; private set; } = [];

    public TimelineView? Timeline { get; private set; }

    public string? Payload { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(withPayload: false, cancellationToken);

    public Task<IActionResult> OnPostPayloadAsync(CancellationToken cancellationToken) => ShowAsync(withPayload: true, cancellationToken);

    public async Task<IActionResult> OnPostReplayAsync(long delivery, CancellationToken cancellationToken) =>
        MayActOnDeliveries ? Done(await queries.ReplayAsync(Account, delivery, cancellationToken)) : StatusCode(StatusCodes.Status403Forbidden);

    public async Task<IActionResult> OnPostPurgeAsync(long delivery, CancellationToken cancellationToken) =>
        MayActOnDeliveries ? Done(await queries.PurgeAsync(Account, delivery, cancellationToken)) : StatusCode(StatusCodes.Status403Forbidden);

    public string Explain(string code) => ConsoleExplanations.Of(explainer, code, T);

    private async Task<IActionResult> ShowAsync(bool withPayload, CancellationToken cancellationToken)
    {
        if (await queries.ShowMessageAsync(Account, Id, withPayload, cancellationToken) is not { } details)
        {
            return NotFound();
        }

        Details = details;
        Payload = details.Payload is { } masked ? PrettyXml.Indent(masked) : null;
        var deliveries = new List<DeliveryDetailsView>();
        foreach (var delivery in details.Deliveries)
        {
            if (await queries.ShowDeliveryAsync(Account, delivery.Id, cancellationToken) is { } shown)
            {
                deliveries.Add(shown);
            }
        }

        Deliveries = deliveries;
        Timeline = await queries.TimelineAsync(Account, Id, cancellationToken);
        return Page();
    }

    private IActionResult Done(ActionResultView? result)
    {
        if (result is null)
        {
            return NotFound();
        }

        Notice = result.Affected == 1 ? T["action." + result.Action + ".done"] : T["action.notdead"];
        return RedirectToPage(new { Id });
    }
}
