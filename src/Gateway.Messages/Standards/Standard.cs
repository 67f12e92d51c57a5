namespace Gateway.Messages.Standards;

/// <summary>The two iStandaarden the gateway speaks: iJw (Jeugdwet) and iWmo (Wmo 2015).</summary>
public enum Standard
{
    Ijw,
    Iwmo,
}
