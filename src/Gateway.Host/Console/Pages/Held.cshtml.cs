using Gateway.Host.Hosting;
using Gateway.Host.Operators;
using Gateway.Messages.Privacy;
using Gateway.Routing.Declaraties;
using Gateway.Routing.Pipeline;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Console.Pages;

/// <summary>
/// The held 325s of the account's gemeenten, earliest deadline first: release one as the gateway built it, or replace it
/// with the back office's own 325 (a file upload that goes through the same outbound checks as the back-office API).
/// </summary>
internal sealed class HeldModel(DeclaratieAntwoordQueries answers, OutboundSubmitter submitter, IOptions<GatewayHostOptions> host) : ConsolePageModel
{
    public IReadOnlyList<HeldAnswerView> Held { get; private set; } = [];

    /// <summary>Why an uploaded 325 was refused (BSN-like numbers masked).</summary>
    public IReadOnlyList<string> Refusal { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Held = await answers.HeldAsync(Account, cancellationToken);

    public async Task<IActionResult> OnPostReleaseAsync(long id, CancellationToken cancellationToken)
    {
        var decision = await answers.ReleaseAsync(Account, id, cancellationToken);
        if (decision.Kind == HeldAnswerDecisionKind.NotFound)
        {
            return NotFound();
        }

        Notice = decision.Kind == HeldAnswerDecisionKind.Done ? string.Format(System.Globalization.CultureInfo.InvariantCulture, T["held.released"], id) : BsnRedactor.Redact(decision.Message);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostReplaceAsync(long id, IFormFile? file, CancellationToken cancellationToken)
    {
        var held = (await answers.HeldAsync(Account, cancellationToken)).FirstOrDefault(h => h.MessageId == id);
        if (held is null)
        {
            return NotFound();
        }

        if (file is null || file.Length == 0 || file.Length > host.Value.MaxRequestBytes)
        {
            Refusal = [T["held.nofile"]];
            Held = await answers.HeldAsync(Account, cancellationToken);
            return Page();
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var receipt = await submitter.SubmitAsync(new OutboundSubmission(buffer.ToArray(), held.Gemeente, "console:" + Account.Name), cancellationToken);
        if (receipt.Queued || receipt.Duplicate)
        {
            Notice = string.Format(System.Globalization.CultureInfo.InvariantCulture, T["held.replaced"], id, receipt.MessageId);
            return RedirectToPage();
        }

        Refusal = [BsnRedactor.Redact(receipt.Reason)!, .. receipt.Issues.Select(i => BsnRedactor.Redact($"{i.Code} {i.RetourCode} {i.Path}: {i.Message}")!)];
        Held = await answers.HeldAsync(Account, cancellationToken);
        return Page();
    }
}
