namespace Gateway.Host.Transport.Ggk;

/// <summary>Log category of the GGk endpoint.</summary>
internal sealed class GgkEndpointLog;
