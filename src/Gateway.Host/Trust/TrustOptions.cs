namespace Gateway.Host.Trust;

/// <summary>
/// Who may send as whom at <c>/ggk</c>: the sender map (one identity per envelope zender organisation) and whether the
/// inbound mTLS chain check asks for revocation. Without identities every envelope is refused: the map fails closed.
/// </summary>
public sealed class TrustOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Gateway:Trust";
    /// <summary>Whether client certificates are checked for revocation unless configured otherwise.</summary>
    public const bool DefaultCheckRevocation = true;

    /// <summary>The identities that may send to the gateway, each keyed by its envelope zender organisation.</summary>
    public List<SenderIdentityOptions> Senders { get; set; } = [];

    /// <summary>Check the revocation (CRL/OCSP, online) of inbound client certificates; the demo turns it off.</summary>
    public bool CheckRevocation { get; set; } = DefaultCheckRevocation;
}
