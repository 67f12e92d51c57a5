using Gateway.Messages.Model;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>Shared reading of start/stop lines and toewijzingen for the level-3 rules.</summary>
internal static class LedgerLines
{
    /// <summary>The StartProducts of a 305 with their paths.</summary>
    public static IReadOnlyList<(string Path, StartProduct Line)> Starts(Bericht bericht) => [.. ClassPaths.Of<StartProduct>(bericht)];

    /// <summary>The StopProducts of a 307 with their paths.</summary>
    public static IReadOnlyList<(string Path, StopProduct Line)> Stops(Bericht bericht) => [.. ClassPaths.Of<StopProduct>(bericht)];

    /// <summary>The BSN of the message's client (305/307/315/317/301).</summary>
    public static string BsnOf(Bericht bericht) => bericht switch
    {
        Bericht301 b => b.Client.Bsn,
        Bericht305 b => b.Client.Bsn,
        Bericht307 b => b.Client.Bsn,
        Bericht315 b => b.Client.Bsn,
        Bericht317 b => b.Client.Bsn,
        _ => throw new ArgumentException("The message " + bericht.Code + " has no single client.", nameof(bericht)),
    };

    /// <summary>The history as it stands after the message's own deletions (status 3), which come first per IV008.</summary>
    public static StartStopHistory AfterOwnDeletions(StartStopHistory history, Bericht bericht) => new(
        [.. history.Starts, .. Starts(bericht).Where(s => s.Line.StatusAanlevering == StatusAanlevering.Verwijderen).Select(s => new LedgerStart(StartKey.Of(s.Line), StatusAanlevering.Verwijderen, 0))],
        [.. history.Stops, .. Stops(bericht).Where(s => s.Line.StatusAanlevering == StatusAanlevering.Verwijderen).Select(s => new LedgerStop(StopKey.Of(s.Line), StatusAanlevering.Verwijderen, 0))]);

    /// <summary>The newest versions of the client's toewijzingen at the provider that are actual on <paramref name="day"/>.</summary>
    public static async Task<IReadOnlyList<LedgerToewijzing>> ActualToewijzingenAsync(ILedgerReader ledger, CrossMessageCheck check, DateOnly day, CancellationToken cancellationToken)
    {
        var tx = check.Transaction;
        var versions = await ledger.ToewijzingenOfClientAsync(tx, LedgerParties.Of(check.Bericht), ledger.ClientIdOf(tx, BsnOf(check.Bericht)), cancellationToken);
        return [.. LedgerToewijzing.Newest(versions).Where(t => t.IsActualOn(day))];
    }

    /// <summary>The history of the message's client at the provider.</summary>
    public static Task<StartStopHistory> HistoryAsync(ILedgerReader ledger, CrossMessageCheck check, CancellationToken cancellationToken) =>
        ledger.StartStopAsync(check.Transaction, LedgerParties.Of(check.Bericht), ledger.ClientIdOf(check.Transaction, BsnOf(check.Bericht)), cancellationToken);
}
