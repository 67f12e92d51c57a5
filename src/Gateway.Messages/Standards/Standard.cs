namespace Gateway.Messages.Standards;

/// <summary>The two iStandaarden the gateway speaks: iJw (Jeugdwet) and iWmo (Wmo 2015).</summary>
public enum Standard
{
    /// <summary>iJw: youth care.</summary>
    Ijw,
    /// <summary>iWmo: social support.</summary>
    Iwmo,
}
