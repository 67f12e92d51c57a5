using Gateway.Messages.Standards;
using Gateway.Routing.Contracts;

namespace Gateway.Routing.Figures;

/// <summary>
/// <see cref="ContractRegister.Find"/> over an index by domain, provider and category, with the same answer (an exact
/// code wins over a whole category, then register order): a year of prestaties asks it hundreds of thousands of times.
/// </summary>
internal sealed class ContractLookup(ContractRegister register)
{
    private readonly Dictionary<(Standard, string, string), Contract[]> _index = register.Contracts
        .GroupBy(c => (c.Standard, c.Aanbieder, c.Categorie))
        .ToDictionary(g => g.Key, g => g.ToArray());

    /// <summary>The contract for the product between gemeente (as recorded) and provider on the day; null when none.</summary>
    public Contract? Find(Standard standard, string gemeente, string aanbieder, string categorie, string? code, DateOnly date)
    {
        if (!_index.TryGetValue((standard, aanbieder, categorie), out var candidates))
        {
            return null;
        }

        Contract? wholeCategory = null;
        foreach (var contract in candidates)
        {
            if (!contract.CoversGemeente(gemeente) || !contract.IsFor(categorie, code) || !contract.IsValidOn(date))
            {
                continue;
            }

            if (contract.Code is not null)
            {
                return contract;
            }

            wholeCategory ??= contract;
        }

        return wholeCategory;
    }
}
