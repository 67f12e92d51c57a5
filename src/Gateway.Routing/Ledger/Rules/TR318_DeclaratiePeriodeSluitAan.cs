using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Declaraties;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>
/// TR318 (8214): when care was delivered every month, a 323's DeclaratiePeriode is the calendar month after the
/// previous one (OP284, IV090). NL: de declaratieperiode sluit aan op de vorige declaratieperiode.
/// </summary>
/// <remarks>
/// How we read it. The DeclaratiePeriode belongs to the declaration as a whole, and a provider declares per gemeente
/// per domain, so "the previous one" is the latest DeclaratiePeriode of this provider's earlier 323s to this gemeente
/// in this domain that were processed (their 325 granted at least part; a 323 refused as a whole counts as not sent).
/// Against that month (M):
/// <list type="bullet">
/// <item>earlier than M: refused (IV090: a late prestatie goes into the next declaration with an earlier ProductPeriode);</item>
/// <item>M itself: allowed — the overlap OP284 allows for corrections on the last period (a credit and its replacing debit, or
/// lines the 325 rejected sent again); the data cannot tell a correction from a late addition, so we do not guess;</item>
/// <item>the month after M: allowed;</item>
/// <item>later: a gap, allowed only when nothing was delivered in the skipped months. Declarations do not depend on
/// start/stop messages (OP364), so the only evidence of delivery the gemeente has is the 323 itself: a debit prestatie
/// whose ProductPeriode falls in a skipped month shows care was delivered then, and the DeclaratiePeriode should have
/// been that month.</item>
/// </list>
/// The code goes on the Declaratie (the element DeclaratiePeriode belongs to it), so the 325 refuses the declaration
/// whole: 8214 on DeclaratieAntwoord, nothing granted.
/// </remarks>
internal sealed class TR318_DeclaratiePeriodeSluitAan(ILedgerReader ledger) : LedgerRule(ledger)
{
    public override string Code => "TR318";

    public override string RetourCode => "8214";

    public override IReadOnlyCollection<MessageCode> AppliesTo { get; } = [MessageCode.Declaratie];

    public override async ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken)
    {
        var bericht = (Bericht323)check.Bericht;
        if (await Ledger.LastDeclaratiePeriodeAsync(check.Transaction, LedgerParties.Of(bericht), cancellationToken) is not { } previous)
        {
            return None;
        }

        var month = FirstOfMonth(bericht.Declaratie.DeclaratiePeriode.Begindatum);
        var last = FirstOfMonth(previous.Begindatum);
        var next = last.AddMonths(1);
        if (month < last)
        {
            return [Reject(DeclaratieVerdict.DeclaratiePath)];
        }

        if (month <= next)
        {
            return None;
        }

        var skipped = new GeslotenPeriode(next, month.AddDays(-1));
        var deliveredInGap = DeclaratieLines.Prestaties(bericht).Any(l =>
            l.Prestatie.IngediendBedrag.DebetCredit != LedgerPrestatie.Credit
            && l.Prestatie.ProductPeriode.Begindatum <= skipped.Einddatum && l.Prestatie.ProductPeriode.Einddatum >= skipped.Begindatum);
        return deliveredInGap ? [Reject(DeclaratieVerdict.DeclaratiePath)] : None;
    }

    private static DateOnly FirstOfMonth(DateOnly day) => new(day.Year, day.Month, 1);
}
