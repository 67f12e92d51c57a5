namespace Gateway.Messages.Envelopes.Ggk;

/// <summary>Why an incoming ggk0210 message could not be read.</summary>
public enum GgkEnvelopeProblem
{
    /// <summary>Not well-formed XML, a DTD, or not a SOAP 1.1 envelope.</summary>
    Malformed,

    /// <summary>The whole envelope is larger than the configured limit.</summary>
    TooLarge,

    /// <summary>A required element is missing or empty.</summary>
    MissingElement,

    /// <summary>An element has a value of the wrong form (UUID, tijdstip, functie, base64 …).</summary>
    InvalidValue,

    /// <summary>The body holds a message this codec does not know (or tekstBestand, which is not supported).</summary>
    Unsupported,

    /// <summary>The functie names a message of release 2.x that release 3.0 replaced (JW303, WMO304 …).</summary>
    RetiredFunctie,
}
