namespace Gateway.HubSimulator.Hub;

/// <summary>How the simulated GGk answers every request; the reply mode when nothing special applies.</summary>
public enum HubReplyMode
{
    /// <summary>Bv03: received.</summary>
    Bv03,

    /// <summary>A SOAP fault with an Fo03 (HTTP 500).</summary>
    Fo03,

    /// <summary>An Fo01 with <see cref="HubBehaviour.Fo01Code"/>.</summary>
    Fo01,
}
