using Gateway.Messages.Model;
using Gateway.Routing.Reference;

namespace Gateway.Routing.Contracts.Rules;

/// <summary>
/// Region rule (not a TR of the standard): an outbound 301 may only allocate a product the provider is contracted
/// for on the Ingangsdatum (a generic toewijzing without product, and a deletion, are not judged). The standard has no
/// retourcode for this; S329 (the product is not on the list in use between this gemeente and this provider) is recorded.
/// </summary>
internal sealed class CT01_ProductGecontracteerd(ReloadingSource<ContractRegister> contracts) : OutboundToewijzingContractRule(contracts)
{
    public override string Code => "CT01 product niet gecontracteerd bij deze aanbieder";

    protected override string RetourCode => "S329";

    protected override bool Rejects(ToegewezenProduct product, Contract? contract) =>
        product.RedenWijziging != "13" && contract is null;
}
