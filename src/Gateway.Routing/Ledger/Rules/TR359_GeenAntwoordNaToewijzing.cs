using Gateway.Messages.Model;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>TR359 (9359): no 319 for a request that a 301 already honoured (a toewijzing with its ReferentieAanbieder).</summary>
internal sealed class TR359_GeenAntwoordNaToewijzing(ILedgerReader ledger, IGemeenteMergers mergers) : AntwoordRule(ledger, mergers)
{
    public override string Code => "TR359";

    public override string RetourCode => "9359";

    protected override bool Rejects(Antwoord antwoord, LedgerVerzoek? verzoek) => verzoek is { IsHonoured: true };
}
