using System.Globalization;
using Gateway.Routing.Contracts;
using Gateway.Routing.Volumes;

namespace Gateway.Host.Contracts;

/// <summary>The size of a contract register as operators read it: contracts per funding variant and ceilings per policy.</summary>
internal sealed record ContractRegisterFigures(int Inspanningsgericht, int Outputgericht, int Taakgericht, int WarnCeilings, int HoldCeilings)
{
    public int Contracts => Inspanningsgericht + Outputgericht + Taakgericht;

    public int Ceilings => WarnCeilings + HoldCeilings;

    public static ContractRegisterFigures Of(ContractRegister register) => new(
        register.Contracts.Count(c => c.Variant == FundingVariant.Inspanningsgericht),
        register.Contracts.Count(c => c.Variant == FundingVariant.Outputgericht),
        register.Contracts.Count(c => c.Variant == FundingVariant.Taakgericht),
        register.Ceilings.Count(c => c.Beleid == CeilingPolicy.Warn),
        register.Ceilings.Count(c => c.Beleid == CeilingPolicy.Hold));

    /// <summary>"12 contracts (7 inspanningsgericht, 3 outputgericht, 2 taakgericht), 3 ceilings (2 warn, 1 hold)".</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Contracts} contracts ({Inspanningsgericht} inspanningsgericht, {Outputgericht} outputgericht, {Taakgericht} taakgericht), {Ceilings} ceilings ({WarnCeilings} warn, {HoldCeilings} hold)");
}
