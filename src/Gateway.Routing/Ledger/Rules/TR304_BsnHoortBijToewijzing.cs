using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Pipeline;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// TR304 (8187): the Bsn of a Client matches the client of the toewijzingen it names. NL: Bsn moet overeenkomen met de
/// Bsn van de client van de toewijzing.
/// <list type="bullet">
/// <item>317: the toewijzingen it names (OngewijzigdProduct, TeWijzigenProduct) belong to the client whose BSN it
/// carries; a number known for another client marks the Client.</item>
/// <item>323: a prestatie names a ToewijzingNummer this provider got for another client. The code goes on the Client
/// (Bsn is the element the rule is about, and it lives in Client), so the 325 rejects that client with its prestaties
/// (0233); TR338 leaves such a line alone. Clients are compared by the ledger's keyed BSN hash only.</item>
/// <item>325 (outbound, the provider's check): each Client's Bsn is that of the 323's client who declared the
/// prestaties it lists (related by ReferentieNummer, as TR366/TR367 do); a mismatch marks the 325's Client.</item>
/// </list>
/// </summary>
internal sealed class TR304_BsnHoortBijToewijzing(ILedgerReader ledger) : LedgerRule(ledger)
{
    public override string Code => "TR304";

    public override string RetourCode => "8187";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = [MessageCode.VerzoekOmWijziging, MessageCode.Declaratie, MessageCode.DeclaratieAntwoord];

    public override async ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken) => check.Bericht switch
    {
        Bericht323 declaratie => await CheckDeclaratieAsync(check, declaratie, cancellationToken),
        Bericht325 antwoord => check.Flow == Flow.Outbound ? CheckAntwoord(antwoord, await AnsweredDeclaratie.FindAsync(check, cancellationToken)) : None,
        _ => await CheckVerzoekAsync(check, cancellationToken),
    };

    private async Task<IReadOnlyList<ClassRejection>> CheckVerzoekAsync(CrossMessageCheck check, CancellationToken cancellationToken)
    {
        var vow = await Vow.LoadAsync(Ledger, check, cancellationToken);
        var parties = LedgerParties.Of(check.Bericht);
        var client = Ledger.ClientIdOf(check.Transaction, vow.Bericht.Client.Bsn);
        var numbers = vow.Ongewijzigd.Select(o => o.Line.ToewijzingNummer).Concat(vow.TeWijzigen.Select(t => t.Line.ToewijzingNummer)).Distinct();
        foreach (var nummer in numbers)
        {
            var versions = await Ledger.ToewijzingVersionsAsync(check.Transaction, parties.Standard, parties.Gemeentecode, nummer, cancellationToken);
            if (versions.Any(v => v.ClientId != client))
            {
                return [Reject("/Bericht/Client")];
            }
        }

        return None;
    }

    private async Task<IReadOnlyList<ClassRejection>> CheckDeclaratieAsync(CrossMessageCheck check, Bericht323 declaratie, CancellationToken cancellationToken)
    {
        var rejected = new List<string>();
        foreach (var line in DeclaratieLines.Prestaties(declaratie))
        {
            if (!rejected.Contains(line.ClientPath)
                && await DeclaratieLines.ToewijzingOfProviderAsync(Ledger, check, line, cancellationToken) is { } toewijzing
                && toewijzing.ClientId != Ledger.ClientIdOf(check.Transaction, line.Bsn))
            {
                rejected.Add(line.ClientPath);
            }
        }

        return [.. rejected.Select(Reject)];
    }

    private IReadOnlyList<ClassRejection> CheckAntwoord(Bericht325 antwoord, AnsweredDeclaratie answered)
    {
        var declared = answered.PrestatiesByReferentie();
        return
        [
            .. AnsweredDeclaratie.Prestaties(antwoord)
                .Where(p => declared.TryGetValue(p.Prestatie.ProductReferentie.ReferentieNummer, out var original) && original.Bsn != p.Bsn)
                .Select(p => p.ClientPath)
                .Distinct(StringComparer.Ordinal)
                .Select(Reject),
        ];
    }
}
