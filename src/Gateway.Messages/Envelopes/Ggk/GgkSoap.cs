namespace Gateway.Messages.Envelopes.Ggk;

/// <summary>The ggk0210 SOAP codec: writes and reads Di01, Du01, Fo01, Bv03 and Fo03 as SOAP 1.1 envelopes.</summary>
public static class GgkSoap
{
    /// <summary>The content type of a SOAP 1.1 message.</summary>
    public const string ContentType = "text/xml; charset=utf-8";

    /// <summary>Writes the complete SOAP envelope of a message to a stream.</summary>
    public static void Write(GgkMessage message, Stream output) => GgkSoapWriter.Write(message, output);

    /// <summary>The complete SOAP envelope of a message as UTF-8 bytes.</summary>
    public static byte[] ToBytes(GgkMessage message)
    {
        using var buffer = new MemoryStream();
        GgkSoapWriter.Write(message, buffer);
        return buffer.ToArray();
    }

    /// <summary>
    /// Reads one SOAP envelope (request or reply) from untrusted input.
    /// Throws <see cref="GgkEnvelopeException"/> naming the problem.
    /// </summary>
    public static Task<GgkMessage> ReadAsync(Stream input, GgkReadOptions? options = null, CancellationToken cancellationToken = default) =>
        GgkSoapReader.ReadAsync(input, options ?? GgkReadOptions.Default, cancellationToken);
}
