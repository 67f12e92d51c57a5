using System.Xml;

namespace Gateway.Messages.Model;

/// <summary>The namespace of a payload's root element, read safely (no DTD, no resolver) no further than its start tag.</summary>
public static class PayloadRoot
{
    /// <summary>
    /// The first bytes tried: an XmlReader sizes its buffers by the length of a seekable stream, so a reader over the head
    /// of the payload allocates a quarter of one over all of it. An iJw/iWmo root start tag lies well within it.
    /// </summary>
    internal const int HeadBytes = 1024;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>The root element's namespace URI, or null when the payload is not well-formed up to that point.</summary>
    public static string? NamespaceOf(byte[] payload)
    {
        // A root start tag that does not end within the head makes the short read fail: then the whole payload is read.
        if (payload.Length > HeadBytes && TryRead(payload, HeadBytes, out var found))
        {
            return found;
        }

        return TryRead(payload, payload.Length, out found) ? found : null;
    }

    private static bool TryRead(byte[] payload, int length, out string? ns)
    {
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(payload, 0, length, writable: false), Settings);
            ns = reader.MoveToContent() == XmlNodeType.Element ? reader.NamespaceURI : null;
            return true;
        }
        catch (XmlException)
        {
            ns = null;
            return false;
        }
    }
}
