namespace Gateway.Routing.Volumes;

/// <summary>How much of a month's volume a broken month allows (per maand).</summary>
public enum PartialMonth
{
    /// <summary>The full month's volume (IV078; the standard's rule for inspanningsgericht).</summary>
    FullVolume,

    /// <summary>Volume × days in the allocation ÷ days in the month, rounded down (an outputgericht bilateral choice).</summary>
    ProRata,
}
