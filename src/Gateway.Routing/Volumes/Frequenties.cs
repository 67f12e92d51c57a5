namespace Gateway.Routing.Volumes;

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
