using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// TR019 (9019): a StartProduct or StopProduct names a toewijzing of this provider for this client that exists and is
/// not deleted (RedenWijziging 13). Without a ToewijzingNummer (taakgericht) the line is accepted only when the
/// contract says start/stop is agreed (<see cref="IStartStopAgreement"/>).
/// </summary>
internal sealed class TR019_StartStopKoppeltAanToewijzing(ILedgerReader ledger, IStartStopAgreement agreement) : LedgerRule(ledger)
{
    public override string Code => "TR019";

    public override string RetourCode => "9019";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = [MessageCode.Start, MessageCode.Stop];

    public override async ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken)
    {
        var parties = LedgerParties.Of(check.Bericht);
        var client = Ledger.ClientIdOf(check.Transaction, LedgerLines.BsnOf(check.Bericht));
        var lines = LedgerLines.Starts(check.Bericht).Select(s => (s.Path, s.Line.ToewijzingNummer, s.Line.Product, s.Line.Begindatum))
            .Concat(LedgerLines.Stops(check.Bericht).Select(s => (s.Path, s.Line.ToewijzingNummer, s.Line.Product, s.Line.Begindatum)));
        var rejections = new List<ClassRejection>();
        foreach (var (path, nummer, product, begindatum) in lines)
        {
            var linked = nummer is { } n
                ? await IsLinkedAsync(check, parties, client, n, cancellationToken)
                : await agreement.IsAgreedAsync(parties, product, begindatum, cancellationToken);
            if (!linked)
            {
                rejections.Add(Reject(path));
            }
        }

        return rejections;
    }

    private async Task<bool> IsLinkedAsync(CrossMessageCheck check, LedgerParties parties, string client, long nummer, CancellationToken cancellationToken)
    {
        var versions = await Ledger.ToewijzingVersionsAsync(check.Transaction, parties.Standard, parties.Gemeentecode, nummer, cancellationToken);
        return LedgerToewijzing.Newest(versions) is [var current]
            && !current.IsDeleted && current.Parties == parties && current.ClientId == client;
    }
}
