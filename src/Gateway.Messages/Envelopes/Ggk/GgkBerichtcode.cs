namespace Gateway.Messages.Envelopes.Ggk;

/// <summary>The StUF berichtcodes of the ggk0210 exchange.</summary>
public enum GgkBerichtcode
{
    /// <summary>Heen-bericht envelope (301, 305, 307, 315, 317, 319, 323).</summary>
    Di01,

    /// <summary>Retour envelope (302 … 320, 325), with crossRefnummer.</summary>
    Du01,

    /// <summary>Asynchronous error message (e.g. StUF055, IB codes).</summary>
    Fo01,

    /// <summary>Synchronous acknowledgement of receipt.</summary>
    Bv03,

    /// <summary>Synchronous fault (carried in a SOAP Fault).</summary>
    Fo03,
}
