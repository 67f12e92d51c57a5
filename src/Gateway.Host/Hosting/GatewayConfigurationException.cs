namespace Gateway.Host.Hosting;

/// <summary>A configuration the gateway cannot read or bind; the message is one line naming the file or key and what to do.</summary>
internal sealed class GatewayConfigurationException(string message) : Exception(message);
