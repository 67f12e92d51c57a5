using Gateway.Messages.Model;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>TR360 (9360): "in onderzoek" (VerzoekAntwoord 2) is only sent as the first answer on a request.</summary>
internal sealed class TR360_InOnderzoekAlleenAlsEersteAntwoord(ILedgerReader ledger, IGemeenteMergers mergers) : AntwoordRule(ledger, mergers)
{
    public override string Code => "TR360";

    public override string RetourCode => "9360";

    protected override bool Rejects(Antwoord antwoord, LedgerVerzoek? verzoek) =>
        antwoord.VerzoekAntwoord == LedgerAntwoord.InOnderzoek && verzoek is { Antwoorden.Count: > 0 };
}
