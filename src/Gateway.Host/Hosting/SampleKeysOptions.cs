namespace Gateway.Host.Hosting;

/// <summary>Whether the shipped sample keys may serve. Bound from the "Gateway" section (<c>Gateway:AllowSampleKeys</c>).</summary>
public sealed class SampleKeysOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Gateway";

    /// <summary>Ends every sample API key in samples/region/appsettings.json.</summary>
    public const string SampleSuffix = "-change-me";

    /// <summary>Starts every value of samples/region/appsettings.json that must be filled in.</summary>
    public const string PlaceholderPrefix = "REPLACE:";

    /// <summary>
    /// Only for the demo: lets the sample <c>…-change-me</c> keys serve. <c>gateway demo</c> writes it into the
    /// configuration it generates; a gateway that faces the GGk never sets it.
    /// </summary>
    public bool AllowSampleKeys { get; set; }
}
