namespace Gateway.Routing.Volumes;

/// <summary>Units (LDT_Eenheid) and their fit with a funding variant (§4.2 of the fact file).</summary>
public static class Eenheden
{
    /// <summary>01 minuut.</summary>
    public const string Minuut = "01";

    /// <summary>04 uur.</summary>
    public const string Uur = "04";

    /// <summary>14 etmaal.</summary>
    public const string Etmaal = "14";

    /// <summary>16 dagdeel.</summary>
    public const string Dagdeel = "16";

    /// <summary>82 stuks (output).</summary>
    public const string StuksOutput = "82";

    /// <summary>83 euro's: Volume and amounts in eurocents.</summary>
    public const string Euro = "83";

    /// <summary>84 stuks (inspanning).</summary>
    public const string StuksInspanning = "84";

    /// <summary>
    /// The variant a unit suggests when no contract says (§4.1: 82/83 ⇒ outputgericht, otherwise inspanningsgericht);
    /// the contract's variant always wins.
    /// </summary>
    public static FundingVariant VariantHint(string eenheid) =>
        eenheid is StuksOutput or Euro ? FundingVariant.Outputgericht : FundingVariant.Inspanningsgericht;

    /// <summary>True when the unit may be used for a product of this variant; taakgericht has no client-level unit at all.</summary>
    public static bool Fits(string eenheid, FundingVariant variant) => variant switch
    {
        FundingVariant.Inspanningsgericht => eenheid is Minuut or Uur or Etmaal or Dagdeel or StuksInspanning,
        FundingVariant.Outputgericht => eenheid is StuksOutput or Euro,
        _ => false,
    };
}
