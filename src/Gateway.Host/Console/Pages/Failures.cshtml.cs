using Gateway.Routing.Store;

namespace Gateway.Host.Console.Pages;

/// <summary>Dead letters grouped by cause (retourcodes or reason, destination, error class, release), largest group first.</summary>
internal sealed class FailuresModel(IMessageBrowser browser) : ConsolePageModel
{
    public IReadOnlyList<FailureGroup> Groups { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Groups = await browser.FailureGroupsAsync(ConsoleScope.Of(Account), cancellationToken);
}
