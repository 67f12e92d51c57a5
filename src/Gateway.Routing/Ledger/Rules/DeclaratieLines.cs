using Gateway.Messages.Model;
using Gateway.Routing.Declaraties;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>Shared reading of a 323's prestaties and of the toewijzing a prestatie names, for the level-3 rules.</summary>
internal static class DeclaratieLines
{
    /// <summary>One prestatie of a 323 with its class path, its client's class path and its client's BSN.</summary>
    public sealed record Line(string Path, string ClientPath, string Bsn, Prestatie Prestatie);

    /// <summary>Every prestatie of a 323, in message order.</summary>
    public static IReadOnlyList<Line> Prestaties(Bericht323 bericht)
    {
        var lines = new List<Line>();
        var clienten = bericht.Declaratie.Clienten;
        for (var c = 0; c < clienten.Count; c++)
        {
            for (var p = 0; p < clienten[c].Prestaties.Count; p++)
            {
                lines.Add(new Line(DeclaratieVerdict.PrestatiePath(c + 1, p + 1), DeclaratieVerdict.ClientPath(c + 1), clienten[c].Bsn, clienten[c].Prestaties[p]));
            }
        }

        return lines;
    }

    /// <summary>
    /// The newest version of the toewijzing the prestatie names, when it was sent to this provider for this client
    /// (TR338); null otherwise. It may be a deletion (RedenWijziging 13): TR384 rejects that.
    /// </summary>
    public static async Task<LedgerToewijzing?> ToewijzingAsync(ILedgerReader ledger, CrossMessageCheck check, Line line, CancellationToken cancellationToken) =>
        await ToewijzingOfProviderAsync(ledger, check, line, cancellationToken) is { } current && current.ClientId == ledger.ClientIdOf(check.Transaction, line.Bsn)
            ? current
            : null;

    /// <summary>
    /// The newest version of the toewijzing the prestatie names, when the gemeente sent it to this provider — for this
    /// client or another one (TR304 tells them apart); null when this provider never got that number.
    /// </summary>
    public static async Task<LedgerToewijzing?> ToewijzingOfProviderAsync(ILedgerReader ledger, CrossMessageCheck check, Line line, CancellationToken cancellationToken)
    {
        var parties = LedgerParties.Of(check.Bericht);
        var versions = await ledger.ToewijzingVersionsAsync(check.Transaction, parties.Standard, parties.Gemeentecode, line.Prestatie.ToewijzingNummer, cancellationToken);
        return LedgerToewijzing.Newest(versions) is [var current] && current.Parties == parties ? current : null;
    }
}
