using Gateway.Messages.Model;
using Gateway.Messages.Rules;
using Gateway.Routing.Reference;

namespace Gateway.Routing.Contracts.Rules;

/// <summary>
/// Region rule (not a TR of the standard): an outbound 301 may only allocate a product the provider is contracted
/// for on the Ingangsdatum (a generic toewijzing without product, and a deletion, are not judged). The standard has no
/// retourcode for this; S329 (the product is not on the list in use between this gemeente and this provider) is recorded.
/// </summary>
internal sealed class CT01_ProductGecontracteerd(ReloadingSource<ContractRegister> contracts) : OutboundToewijzingContractRule(contracts)
{
    public override string Code => "CT01";

    public override RuleText Meaning { get; } = new(
        "Het product is niet gecontracteerd bij deze aanbieder op de ingangsdatum van de toewijzing (regioregel, geen regel van de standaard).",
        "The product is not contracted with this provider on the toewijzing's Ingangsdatum (a region rule, not a rule of the standard).");

    public override RuleText Fix { get; } = new(
        "Wijs een product toe waarvoor de aanbieder een contract heeft, of leg eerst het contract vast in het contractregister.",
        "Allocate a product the provider is contracted for, or first record the contract in the contract register.");

    protected override string RetourCode => "S329";

    protected override bool Rejects(ToegewezenProduct product, Contract? contract) =>
        product.RedenWijziging != "13" && contract is null;
}
