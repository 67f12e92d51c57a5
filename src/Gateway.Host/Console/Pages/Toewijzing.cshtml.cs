using Gateway.Host.Explain;
using Gateway.Host.Operators;
using Microsoft.AspNetCore.Mvc;

namespace Gateway.Host.Console.Pages;

/// <summary>
/// The life of one toewijzing: every message that carries it, oldest first (301 → 302 → 305 → 306 → 323/325 … → 307 →
/// 308, with the 315–320 around it), each with its state, its answers and the rules behind a rejection explained.
/// </summary>
internal sealed class ToewijzingModel(ConsoleQueries queries, CodeExplainer explainer) : ConsolePageModel
{
    [FromRoute]
    public long Nummer { get; set; }

    public LifeView Life { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await queries.LifeAsync(Account, Nummer, cancellationToken) is not { } life)
        {
            return NotFound();
        }

        Life = life;
        return Page();
    }

    public string Explain(string code) => ConsoleExplanations.Of(explainer, code, T);

    public static string CodeOf(MessageSummaryView message) => message.Code ?? message.Kind;
}
