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
