namespace Gateway.Routing.Store;

/// <summary>Whether a message came into the gateway or is produced/forwarded by it.</summary>
public enum MessageDirection
{
    /// <summary>Received from the hub or a back office.</summary>
    Inbound,

    /// <summary>To be sent by the gateway: a back-office 301/319, a retour or 325 we built, an Fo01.</summary>
    Outbound,
}
