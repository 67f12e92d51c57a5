using Gateway.Host.Explain;
using Gateway.Routing.Store;
using Microsoft.AspNetCore.Mvc;

namespace Gateway.Host.Console.Pages;

/// <summary>
/// The life of one toewijzing: every message that carries it, oldest first (301 → 302 → 305 → 306 → 323/325 … → 307 →
/// 308, with the 315–320 around it), each with its state, its answers and the rules behind a rejection explained.
/// </summary>
internal sealed class ToewijzingModel(IMessageBrowser browser, CodeExplainer explainer) : ConsolePageModel
{
    [FromRoute]
    public long Nummer { get; set; }

    public ToewijzingLife Life { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Life = await browser.ToewijzingLifeAsync(Nummer, ConsoleScope.Of(Account), cancellationToken);
        return Life.Entries.Count == 0 ? NotFound() : Page();
    }

    public string Explain(string code) => ConsoleExplanations.Of(explainer, code, T);

    public static string CodeOf(StoredMessage message) =>
        message.Code is { } code ? ((int)code).ToString(System.Globalization.CultureInfo.InvariantCulture) : message.Kind.ToString();
}
