namespace Gateway.Host.Trust;

/// <summary>Why an envelope's sender is refused before its payload is looked at.</summary>
internal enum SenderProblem
{
    /// <summary>Not refused.</summary>
    None,

    /// <summary>The zender organisation is not in the sender map.</summary>
    UnknownZender,

    /// <summary>The identity lists certificates and the connection presented none.</summary>
    NoCertificate,

    /// <summary>The connection's certificate is not one the identity lists.</summary>
    CertificateMismatch,

    /// <summary>An Fo01 from an identity that is not the hub.</summary>
    NotTheHub,
}
