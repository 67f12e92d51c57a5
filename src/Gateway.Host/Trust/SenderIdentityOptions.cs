namespace Gateway.Host.Trust;

/// <summary>One sender identity of <c>Gateway:Trust:Senders</c>.</summary>
public sealed class SenderIdentityOptions
{
    /// <summary>The envelope's zender organisation: an AGB code, a gemeentecode, or a chain party (IB, VECOZO, RINIS).</summary>
    public string Organisatie { get; set; } = "";

    /// <summary>
    /// The client certificates this identity must present (any one of them): a SHA-256 (64 hex) or SHA-1 (40 hex)
    /// thumbprint, or a subject distinguished name (<c>CN=…, O=…</c>). Empty: no certificate is asked for.
    /// </summary>
    public List<string> Certificates { get; set; } = [];

    /// <summary>The AGB codes (8 digits) whose messages this identity may carry.</summary>
    public List<string> Agb { get; set; } = [];

    /// <summary>The gemeentecodes (4 digits) whose messages this identity may carry.</summary>
    public List<string> Gemeentecodes { get; set; } = [];

    /// <summary>The hub identity: the only one whose Fo01 (an error report about what we sent) is recorded.</summary>
    public bool Hub { get; set; }
}
