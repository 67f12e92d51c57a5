using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Ledger;
using Gateway.Routing.Reference;
using Gateway.Routing.Volumes;

namespace Gateway.Routing.Contracts.Rules;

/// <summary>
/// TR418 (0611): a prestatie's ProductTarief must equal the contract tariff for its product in the year of the
/// ProductPeriode; minutes against an hourly contract carry the per-minute tariff (hour ÷ 60, half-up, TR346). A
/// prestatie for a product the provider has no contract for has no contract tariff and is rejected too; a declaration
/// in another unit than the contract's is not at the contract tariff. Euro products (83) carry no tariff. Taakgericht
/// products are left to <see cref="CT03_TaakgerichtGeenClientberichten"/>.
/// </summary>
internal sealed class TR418_ContractTarief(ReloadingSource<ContractRegister> contracts) : ICrossMessageRule
{
    public const string RetourCode = "0611";

    public string Code => "TR418";

    public int Level => 4;

    public IReadOnlyCollection<MessageCode> AppliesTo { get; } = [MessageCode.Declaratie];

    public ValueTask<IReadOnlyList<ClassRejection>> CheckAsync(CrossMessageCheck check, CancellationToken cancellationToken)
    {
        var register = contracts.Current;
        var bericht = check.Bericht;
        var gemeente = ProductLines.Gemeente(bericht);
        var aanbieder = ProductLines.Aanbieder(bericht);
        var rejections = new List<ClassRejection>();
        foreach (var (path, prestatie) in ClassPaths.Of<Prestatie>(bericht))
        {
            var day = prestatie.ProductPeriode.Begindatum;
            var contract = register.Find(bericht.Standard, gemeente, aanbieder, prestatie.ProductCategorie, prestatie.ProductCode, day);
            if (contract is { Variant: FundingVariant.Taakgericht })
            {
                continue;
            }

            if (contract is null || !AtContractTariff(prestatie, contract, day))
            {
                rejections.Add(new ClassRejection(path, RetourCode));
            }
        }

        return ValueTask.FromResult<IReadOnlyList<ClassRejection>>(rejections);
    }

    /// <summary>True when the prestatie's unit and tariff are the contract's.</summary>
    internal static bool AtContractTariff(Prestatie prestatie, Contract contract, DateOnly day)
    {
        if (contract.Eenheid == Eenheden.Euro)
        {
            return prestatie.Eenheid == Eenheden.Euro;
        }

        if (contract.TariefOn(day) is not { } tariff)
        {
            return false;
        }

        if (prestatie.Eenheid == contract.Eenheid)
        {
            return prestatie.ProductTarief == tariff;
        }

        return prestatie.Eenheid == Eenheden.Minuut && contract.Eenheid == Eenheden.Uur
            && prestatie.ProductTarief == AmountArithmetic.PerMinuteTarief(tariff);
    }
}
