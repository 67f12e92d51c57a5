namespace Gateway.Host.Transport.Ggk;

/// <summary>The inbound GGk endpoint; our organisation in the stuurgegevens is the pipeline's envelope zender (Gateway:Pipeline:EnvelopeZender).</summary>
public sealed class GgkEndpointOptions
{
    public const string SectionName = "Gateway:GgkEndpoint";
    public const string DefaultApplicatie = "gateway";

    /// <summary>Our application name in the stuurgegevens.</summary>
    public string Applicatie { get; set; } = DefaultApplicatie;

    /// <summary>The path the hub posts Di01/Du01/Fo01 to.</summary>
    public string Path { get; set; } = "/ggk";
}
