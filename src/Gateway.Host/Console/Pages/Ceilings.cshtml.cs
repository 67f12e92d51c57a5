using Gateway.Host.Operators;

namespace Gateway.Host.Console.Pages;

/// <summary>The ceilings of the contract register the account may see, each with its usage of the year drawn as a bar.</summary>
internal sealed class CeilingsModel(DeclaratieAntwoordQueries answers) : ConsolePageModel
{
    public IReadOnlyList<CeilingView> Ceilings { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Ceilings = await answers.CeilingsAsync(Account, cancellationToken);
}
