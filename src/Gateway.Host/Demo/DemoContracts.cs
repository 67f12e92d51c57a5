using Gateway.HubSimulator.Provider;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Contracts;
using Gateway.Routing.Volumes;

namespace Gateway.Host.Demo;

/// <summary>What the demo's providers know of the region's contract register: their tariffs and the taakgericht product.</summary>
internal sealed class DemoContracts(ContractRegister register)
{
    public static DemoContracts Load(string samplesDirectory) => new(ContractRegister.Load(Path.Combine(samplesDirectory, "region", "contracts.json")));

    /// <summary>The contract tariff of a toewijzing's product on a day (eurocents); null without one.</summary>
    public long? Tarief(KnownToewijzing t, DateOnly day) =>
        register.Find(t.Standard, t.Gemeente, t.Agb, t.Product.Categorie, t.Product.Code, day)?.TariefOn(day);

    /// <summary>A region-wide taakgericht product of the standard with start/stop agreed: its provider and product.</summary>
    public (string Agb, Product Product)? Taakgericht(Standard standard) =>
        register.Contracts.FirstOrDefault(c => c.Standard == standard && c.Gemeenten.Count == 0 && c is { Variant: FundingVariant.Taakgericht, StartStopAfgesproken: true }) is { } contract
            ? (contract.Aanbieder, new Product(contract.Categorie, contract.Code))
            : null;
}
