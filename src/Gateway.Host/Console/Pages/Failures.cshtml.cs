using Gateway.Host.Operators;

namespace Gateway.Host.Console.Pages;

/// <summary>Dead letters grouped by cause (retourcodes or reason, destination, error class, release), largest group first.</summary>
internal sealed class FailuresModel(ConsoleQueries queries) : ConsolePageModel
{
    public IReadOnlyList<FailureGroupView> Groups { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Groups = (await queries.FailureGroupsAsync(Account, cancellationToken)).Items;
}
