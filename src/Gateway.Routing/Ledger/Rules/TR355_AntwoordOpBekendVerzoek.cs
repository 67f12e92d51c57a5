using Gateway.Messages.Model;

namespace Gateway.Routing.Ledger.Rules;

/// <summary>TR355 (9355): a 319 answers a request (315 product or 317) the provider sent to this gemeente.</summary>
internal sealed class TR355_AntwoordOpBekendVerzoek(ILedgerReader ledger, IGemeenteMergers mergers) : AntwoordRule(ledger, mergers)
{
    public override string Code => "TR355";

    public override string RetourCode => "9355";

    protected override bool Rejects(Antwoord antwoord, LedgerVerzoek? verzoek) => verzoek is null;
}
