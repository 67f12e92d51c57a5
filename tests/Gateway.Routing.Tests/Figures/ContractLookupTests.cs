using Gateway.Routing.Contracts;
using Gateway.Routing.Figures;
using Gateway.Routing.Tests.Contracts;
using static Gateway.Routing.Tests.Support.SomeFacts;

namespace Gateway.Routing.Tests.Figures;

public sealed class ContractLookupTests
{
    [Fact]
    public void Find_EveryContractOfTheSampleRegion_TheRegistersAnswer()
    {
        var register = ContractRegister.Load(Path.Combine(RegionFiles.SampleRegion, "contracts.json"));
        var lookup = new ContractLookup(register);
        var days = new[] { D(2025, 6, 1), D(2026, 1, 1), D(2026, 10, 1), D(2028, 6, 1), D(2029, 1, 1) };

        foreach (var c in register.Contracts)
        {
            foreach (var gemeente in c.Gemeenten.Append("0599").Append("0344"))
            {
                foreach (var code in new[] { c.Code, null, "99X99" })
                {
                    foreach (var day in days)
                    {
                        Assert.Same(
                            register.Find(c.Standard, gemeente, c.Aanbieder, c.Categorie, code, day),
                            lookup.Find(c.Standard, gemeente, c.Aanbieder, c.Categorie, code, day));
                    }
                }
            }
        }
    }
}
