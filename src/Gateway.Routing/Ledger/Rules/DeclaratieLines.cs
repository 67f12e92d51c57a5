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

/// <summary>
/// A rule that compares each prestatie of a 323 with the live (not deleted) toewijzing it names; prestaties without
/// such a toewijzing are left to TR338 and TR384, so one fault gives one code.
/// </summary>
internal abstract class PrestatieToewijzingRule(ILedgerReader ledger) : LedgerRule(ledger)
{
    public override IReadOnlyCollection<Gateway.Messages.Standards.MessageCode> AppliesTo { get; } = [Gateway.Messages.Standards.MessageCode.Declaratie];

    /// <summary>True when the prestatie breaks the rule against its toewijzing.</summary>
    protected abstract bool Breaks(Prestatie prestatie, LedgerToewijzing toewijzing);

    public override async ValueTask<IReadOnlyList<Gateway.Messages.Answers.ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken)
    {
        var rejections = new List<Gateway.Messages.Answers.ClassRejection>();
        foreach (var line in DeclaratieLines.Prestaties((Bericht323)check.Bericht))
        {
            if (await DeclaratieLines.ToewijzingAsync(Ledger, check, line, cancellationToken) is { IsDeleted: false } toewijzing && Breaks(line.Prestatie, toewijzing))
            {
                rejections.Add(Reject(line.Path));
            }
        }

        return rejections;
    }
}
