namespace Gateway.Routing.Volumes;

/// <summary>Amounts of a prestatie (TR346, CS339, TR358, TR369): all in eurocents, integers, rounded half-up.</summary>
public static class AmountArithmetic
{
    /// <summary>Debit marker of LDT_DebetCredit.</summary>
    public const string Debet = "D";

    /// <summary>Credit marker of LDT_DebetCredit.</summary>
    public const string Credit = "C";

    /// <summary>numerator ÷ denominator rounded half away from zero (half-up for amounts).</summary>
    public static long RoundHalfUp(long numerator, long denominator)
    {
        if (denominator <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), denominator, "must be positive");
        }

        var magnitude = ((2 * Math.Abs(numerator)) + denominator) / (2 * denominator);
        return numerator < 0 ? -magnitude : magnitude;
    }

    /// <summary>The per-minute tariff a prestatie shows for an hourly tariff: hour ÷ 60 rounded half-up (informative only).</summary>
    public static long PerMinuteTarief(long hourTarief) => RoundHalfUp(hourTarief, 60);

    /// <summary>
    /// The amount a prestatie must carry (TR346): Eenheid 83 → the volume itself (already eurocents, CS339); minutes
    /// against an hourly tariff → round(hourTariff × minutes ÷ 60) with the unrounded per-minute tariff; otherwise
    /// volume × tariff.
    /// </summary>
    /// <param name="geleverdVolume">GeleverdVolume of the prestatie.</param>
    /// <param name="eenheid">Eenheid of the prestatie.</param>
    /// <param name="productTarief">ProductTarief of the prestatie (null for 83).</param>
    /// <param name="hourTarief">The hourly tariff when minutes are declared against an hourly contract; null otherwise.</param>
    public static long ExpectedBedrag(long geleverdVolume, string eenheid, long? productTarief, long? hourTarief = null)
    {
        if (eenheid == Eenheden.Euro)
        {
            return geleverdVolume;
        }

        if (eenheid == Eenheden.Minuut && hourTarief is { } hour)
        {
            return RoundHalfUp(hour * geleverdVolume, 60);
        }

        return geleverdVolume * (productTarief ?? throw new ArgumentException("A ProductTarief is needed unless Eenheid is 83.", nameof(productTarief)));
    }

    /// <summary>Σ debit − Σ credit (TR358's netting), e.g. what is granted against a budget.</summary>
    public static long Net(IEnumerable<(long Bedrag, string DebetCredit)> amounts) =>
        amounts.Sum(a => a.DebetCredit == Credit ? -a.Bedrag : a.Bedrag);

    /// <summary>True when the net amounts already granted plus the new ones stay within the budget (TR369).</summary>
    public static bool WithinBudget(long budget, long grantedNet, long newNet) => grantedNet + newNet <= budget;
}
