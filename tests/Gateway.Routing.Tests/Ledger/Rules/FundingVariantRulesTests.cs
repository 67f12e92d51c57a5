using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Contracts;
using Gateway.Routing.Ledger;
using Gateway.Routing.Reference;
using Gateway.Routing.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Routing.Tests.Ledger.Rules;

/// <summary>
/// TR321 on a per-week allocation: October 2026 touches 5 calendar weeks (inspanningsgericht: 5 × 2 = 10) but has
/// 4 Sundays (outputgericht: 4 × 2 = 8), so 9 fits one variant and not the other. The variant comes from the contract
/// (funding-variant-contracts.json, whose variants contradict the units) and, without a register, from the unit.
/// </summary>
public sealed class FundingVariantRulesTests
{
    private const long NineOfTwoAWeek = 9;

    public static TheoryData<Standard> Standards => [Standard.Ijw, Standard.Iwmo];

    [Theory, MemberData(nameof(Standards))]
    public async Task TR321_HoursPerWeekWithoutContract_CalendarWeeks_Granted(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard, withContracts: false);
        await using var _ = gateway;

        await t.GrantedAsync(await HoursAsync(t));
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR321_HoursPerWeekContractOutputgericht_Sundays_9321(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard, withContracts: true);
        await using var _ = gateway;

        await t.PrestatieRejectedAsync(await HoursAsync(t), "P-1", "9321");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR321_StuksPerWeekWithoutContract_Sundays_9321(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard, withContracts: false);
        await using var _ = gateway;

        await t.PrestatieRejectedAsync(await StuksAsync(t), "P-1", "9321");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR321_StuksPerWeekContractInspanningsgericht_CalendarWeeks_Granted(Standard standard)
    {
        var (gateway, t) = await StartAsync(standard, withContracts: true);
        await using var _ = gateway;

        await t.GrantedAsync(await StuksAsync(t));
    }

    /// <summary>2 hours a week (unit 04 hints inspanningsgericht) of the product contracted outputgericht; 9 hours in October.</summary>
    private static async Task<Bericht323> HoursAsync(Traffic t)
    {
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001, omvang: new Omvang(2, "04", "2"))));
        return t.Bericht323(t.Prestatie("P-1", 5001, volume: NineOfTwoAWeek));
    }

    /// <summary>2 pieces a week (unit 82 hints outputgericht) of the product contracted inspanningsgericht; 9 in October.</summary>
    private static async Task<Bericht323> StuksAsync(Traffic t)
    {
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001, t.OtherProduct, omvang: new Omvang(2, "82", "2"))));
        return t.Bericht323(t.Prestatie("P-1", 5001, volume: NineOfTwoAWeek, eenheid: "82", product: t.OtherProduct));
    }

    private static async Task<(TestGateway, Traffic)> StartAsync(Standard standard, bool withContracts)
    {
        var file = Path.Combine(AppContext.BaseDirectory, "Ledger", "Rules", "funding-variant-contracts.json");
        var gateway = await TestGateway.StartAsync(ledger: true, configure: withContracts
            ? services => services.Replace(ServiceDescriptor.Singleton<IFundingVariantSource>(new ContractFundingVariantSource(
                new ReloadingSource<ContractRegister>("contracts", () => [file], () => ContractRegister.Load(file), TimeProvider.System, TimeSpan.Zero, NullLogger.Instance))))
            : null);
        return (gateway, new Traffic(gateway, standard));
    }
}
