using Gateway.Host.Operators;
using Gateway.Routing.Obligations;
using Microsoft.AspNetCore.Mvc;

namespace Gateway.Host.Console.Pages;

/// <summary>The response-time obligations of the account's gemeenten, nearest due date first; <c>?all=true</c> also the closed ones.</summary>
internal sealed class DeadlinesModel(Deadlines deadlines) : ConsolePageModel
{
    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    public IReadOnlyList<DeadlineView> Deadlines { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Deadlines = [.. (await deadlines.ListAsync(Account.SeesAll ? null : Account.Gemeenten, All, cancellationToken)).Select(DeadlineView.Of)];
}
