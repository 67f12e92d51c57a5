using Gateway.Messages.Model;
using RuleText = Gateway.Messages.Rules.RuleText;
using Gateway.Routing.Reference;
using Gateway.Routing.Volumes;

namespace Gateway.Routing.Contracts.Rules;

/// <summary>
/// Region rule: an outbound 301's Eenheid must fit the contracted product's variant (inspanningsgericht 01/04/14/16/84,
/// outputgericht 82/83) and be the contract's unit (minutes and hours are interchangeable, TR341). Products without
/// contract are CT01's, taakgericht ones CT03's. 0611 (not what the contract agrees: the tariff is per contracted unit)
/// is recorded.
/// </summary>
internal sealed class CT02_EenheidPastBijVariant(ReloadingSource<ContractRegister> contracts) : OutboundToewijzingContractRule(contracts)
{
    public override string Code => "CT02";

    public override RuleText Meaning { get; } = new(
        "De eenheid van de toewijzing past niet bij het contract: niet bij de uitvoeringsvariant (inspanningsgericht of outputgericht) of niet de gecontracteerde eenheid (regioregel).",
        "The toewijzing's Eenheid does not fit the contract: not the funding variant (inspanningsgericht or outputgericht) or not the contracted unit (a region rule).");

    public override RuleText Fix { get; } = new(
        "Gebruik de eenheid uit het contract voor dit product (minuten en uren zijn uitwisselbaar).",
        "Use the unit the contract sets for this product (minutes and hours are interchangeable).");

    protected override string RetourCode => "0611";

    protected override bool Rejects(ToegewezenProduct product, Contract? contract) =>
        product.Omvang is { } omvang
        && contract is { Variant: not FundingVariant.Taakgericht }
        && (!Eenheden.Fits(omvang.Eenheid, contract.Variant) || !SameUnit(omvang.Eenheid, contract.Eenheid));

    private static bool SameUnit(string eenheid, string? contracted) =>
        contracted is null || eenheid == contracted
        || (eenheid is Eenheden.Minuut or Eenheden.Uur && contracted is Eenheden.Minuut or Eenheden.Uur);
}
