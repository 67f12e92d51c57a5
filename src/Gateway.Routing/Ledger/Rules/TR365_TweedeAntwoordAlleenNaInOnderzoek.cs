using Gateway.Messages.Model;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>TR365 (9365): a second answer on a request follows only an "in onderzoek"; after a rejection nothing follows.</summary>
internal sealed class TR365_TweedeAntwoordAlleenNaInOnderzoek(ILedgerReader ledger, IGemeenteMergers mergers) : AntwoordRule(ledger, mergers)
{
    public override string Code => "TR365";

    public override string RetourCode => "9365";

    protected override bool Rejects(Antwoord antwoord, LedgerVerzoek? verzoek) =>
        verzoek is not null && verzoek.Antwoorden.Any(a => a.VerzoekAntwoord != LedgerAntwoord.InOnderzoek);
}
