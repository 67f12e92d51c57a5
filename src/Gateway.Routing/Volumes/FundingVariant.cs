namespace Gateway.Routing.Volumes;

/// <summary>The VNG uitvoeringsvariant of a contracted product; never carried in a message (OP261), always from the contract.</summary>
public enum FundingVariant
{
    /// <summary>Effort: time units or pieces × a fixed tariff.</summary>
    Inspanningsgericht,

    /// <summary>Output: a price per result or trajectory, or a euro amount.</summary>
    Outputgericht,

    /// <summary>Task: a lump sum for a population; no client-level allocation or declaration.</summary>
    Taakgericht,
}

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

/// <summary>LDT_Frequentie codes.</summary>
public static class Frequenties
{
    /// <summary>1 per dag.</summary>
    public const string PerDag = "1";

    /// <summary>2 per week.</summary>
    public const string PerWeek = "2";

    /// <summary>4 per maand.</summary>
    public const string PerMaand = "4";

    /// <summary>6 totaal binnen geldigheidsduur toewijzing.</summary>
    public const string TotaalBinnenGeldigheidsduur = "6";
}
