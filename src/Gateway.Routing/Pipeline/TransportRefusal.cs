using System.Text;
using System.Xml.Linq;
using Gateway.Messages.Envelopes.Ggk;

namespace Gateway.Routing.Pipeline;

/// <summary>
/// Why a message is refused at transport level (a level-1 rejection, or a party outside the region). Inbound, it is
/// answered with a StUF Fo01 (code StUF055, crossRefnummer = the refused envelope's referentienummer); the hub
/// transport in the Host turns the stored body into the Fo01 envelope. The text never contains a BSN.
/// </summary>
/// <param name="Code">The StUF error code, e.g. StUF055.</param>
/// <param name="Omschrijving">What is wrong, in plain words, without a BSN.</param>
/// <param name="CrossRefnummer">The referentienummer of the refused envelope, when known.</param>
public sealed record TransportRefusal(string Code, string Omschrijving, string? CrossRefnummer)
{
    /// <summary>StUF055: the message does not validate against its schema.</summary>
    public const string StUF055 = "StUF055";

    /// <summary>An extra audit event recorded on the refused message with the omschrijving (e.g. SenderRefused); not part of the stored body.</summary>
    public string? AuditEvent { get; init; }

    /// <summary>The stored body: &lt;Fo01 code=".." crossRefnummer=".."&gt;omschrijving&lt;/Fo01&gt; in UTF-8.</summary>
    public byte[] ToBytes()
    {
        var element = new XElement(
            "Fo01",
            new XAttribute("code", Code),
            CrossRefnummer is null ? null : new XAttribute("crossRefnummer", CrossRefnummer),
            StufOmschrijving.Shorten(Omschrijving));
        return Encoding.UTF8.GetBytes(element.ToString(SaveOptions.DisableFormatting));
    }

    /// <summary>Reads a body written by <see cref="ToBytes"/>.</summary>
    public static TransportRefusal FromBytes(ReadOnlySpan<byte> body)
    {
        var element = XElement.Parse(Encoding.UTF8.GetString(body));
        return new TransportRefusal(
            (string?)element.Attribute("code") ?? StUF055,
            element.Value,
            (string?)element.Attribute("crossRefnummer"));
    }
}
