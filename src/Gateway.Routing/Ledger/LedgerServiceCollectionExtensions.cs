using Gateway.Routing.Ledger.Rules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gateway.Routing.Ledger;

/// <summary>Registers the level-3 rules that read the ledger.</summary>
public static class LedgerServiceCollectionExtensions
{
    /// <summary>
    /// Adds every level-3 ledger rule as an <see cref="ICrossMessageRule"/> for the pipeline's CheckLedger step. Needs an
    /// <see cref="ILedgerReader"/> (the store's ledger registers one); <see cref="IStartStopAgreement"/> defaults to
    /// <see cref="NoStartStopAgreement"/> and <see cref="IFundingVariantSource"/> to <see cref="UnitFundingVariantSource"/>
    /// unless registered first (the contract register replaces both).
    /// </summary>
    public static IServiceCollection AddGatewayLedger(this IServiceCollection services)
    {
        services.TryAddSingleton<IStartStopAgreement, NoStartStopAgreement>();
        services.TryAddSingleton<IFundingVariantSource, UnitFundingVariantSource>();
        Add<TR056_IdentificatieUniekPerBerichtsoort>(services);
        Add<TR019_StartStopKoppeltAanToewijzing>(services);
        Add<TR063_VerwijderingHeeftEerdereAanlevering>(services);
        Add<TR071_StartNietVerwijderenNaStop>(services);
        Add<TR074_SleutelNietEerderOntvangen>(services);
        Add<TR326_GeenStartZolangLeveringLoopt>(services);
        Add<TR382_StopHeeftActueleStart>(services);
        Add<TR413_GeenTweedeTijdelijkeStop>(services);
        Add<TR414_EinddatumNietVoorActueleStop>(services);
        Add<TR415_GeenStopNaDefinitieveStop>(services);
        Add<TR347_ReferentieAanbiederUniek>(services);
        Add<TR374_GeenVerzoekTijdensLopendVerzoek>(services);
        Add<TR304_BsnHoortBijToewijzing>(services);
        Add<TR349_VowBevatAlleActueleToewijzingen>(services);
        Add<TR350_OngewijzigdProductIsActueel>(services);
        Add<TR351_TeWijzigenProductIsActueel>(services);
        Add<TR357_IngangsdatumInVerledenIsOrigineel>(services);
        Add<TR361_GeenOverlappendeProductenInVow>(services);
        Add<TR373_BudgetWijzigingVanafOrigineleIngangsdatum>(services);
        Add<TR375_GeenOmvangZonderProduct>(services);
        Add<TR411_OmvangBijProductcode>(services);
        Add<TR412_GeenOmvangZonderProductcode>(services);
        Add<TR332_ToewijzingNummerUniekPerGemeente>(services);
        Add<TR379_ReferentieAanbiederAlleenBijHonorering>(services);
        Add<TR385_GeenVerwijderingNaGoedgekeurdeDeclaratie>(services);
        Add<TR355_AntwoordOpBekendVerzoek>(services);
        Add<TR359_GeenAntwoordNaToewijzing>(services);
        Add<TR360_InOnderzoekAlleenAlsEersteAntwoord>(services);
        Add<TR365_TweedeAntwoordAlleenNaInOnderzoek>(services);
        Add<TR337_DeclaratieIdentificatieVanOntvangen323>(services);
        Add<TR366_ProductReferentieIn323>(services);
        Add<TR367_PrestatieGelijkAan323>(services);
        Add<TR371_XsdVersieDeclaratieVan323>(services);
        Add<TR376_DeclaratieNummerVan323>(services);
        Add<TR338_PrestatieKoppeltAanToewijzing>(services);
        Add<TR384_GeenPrestatieOpVerwijderdeToewijzing>(services);
        Add<TR339_PrestatieCategorieVanToewijzing>(services);
        Add<TR340_PrestatieCodeVanToewijzing>(services);
        Add<TR307_PrestatieBeginNaIngangsdatum>(services);
        Add<TR308_PrestatieEindeVoorEinddatum>(services);
        Add<TR387_PrestatieBeginEersteVanDeMaand>(services);
        Add<TR388_PrestatieEindeLaatsteVanDeMaand>(services);
        Add<TR341_PrestatieEenheidPastBijToewijzing>(services);
        Add<TR346_BedragIsVolumeMaalTarief>(services);
        Add<TR333_DeclaratieNummerUniek>(services);
        Add<TR318_DeclaratiePeriodeSluitAan>(services);
        Add<TR319_ProductPeriodeBinnenDeclaratiePeriode>(services);
        Add<TR314_ReferentieNummerUniek>(services);
        Add<TR323_CreditOpGoedgekeurdDebet>(services);
        Add<TR390_CreditMaarEenmaal>(services);
        Add<TR389_TweedeDebetNaCredit>(services);
        Add<TR321_VolumeBinnenPeriode>(services);
        Add<TR322_VolumeBinnenToewijzing>(services);
        Add<TR369_BinnenBudget>(services);
        return services;
    }

    private static void Add<TRule>(IServiceCollection services)
        where TRule : class, ICrossMessageRule =>
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICrossMessageRule, TRule>());
}
