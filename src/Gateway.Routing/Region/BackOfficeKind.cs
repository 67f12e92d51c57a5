namespace Gateway.Routing.Region;

/// <summary>How a back office exchanges messages with the gateway.</summary>
public enum BackOfficeKind
{
    /// <summary>We POST to its endpoint; it POSTs outbound messages to our API.</summary>
    Http,

    /// <summary>We write to its inbox directory; we pick up outbound messages from its outbox directory.</summary>
    Directory,
}
