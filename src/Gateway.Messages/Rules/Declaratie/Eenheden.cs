namespace Gateway.Messages.Rules.Declaraties;

/// <summary>Codes of the Eenheid list (WJ756) that the declaration rules single out.</summary>
internal static class Eenheden
{
    /// <summary>Euro's: GeleverdVolume is in eurocents and no ProductTarief applies.</summary>
    public const string Euros = "83";
}
