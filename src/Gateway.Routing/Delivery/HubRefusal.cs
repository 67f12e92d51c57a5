using Gateway.Messages.Privacy;
using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Gateway.Messages.Envelopes.Ggk;
using Gateway.Routing.Store;

namespace Gateway.Routing.Delivery;

/// <summary>
/// The hub refused a message we sent, for good: an Fo01 whose code is neither a freeze nor "already delivered". The
/// reason names the code with its meaning (<see cref="GgkFoutcodes"/>) and the hub's own text; never a BSN.
/// </summary>
/// <param name="Code">The hub's code, e.g. IB002 or StUF055.</param>
/// <param name="Reason">For operators and the back office: code, meaning and the hub's text.</param>
public sealed record HubRefusal(string Code, string Reason)
{
    /// <summary>An Fo01 the hub sent: the reason as the GGk client words it ("Fo01 IB002 (meaning): text").</summary>
    public static HubRefusal FromFo01(string code, string omschrijving) =>
        new(code, $"Fo01 {code} ({GgkFoutcodes.Describe(code)}): {BsnRedactor.Redact(omschrijving)}");

    /// <summary>True for an Fo01 code that refuses for good (not a freeze, not "the hub already has it").</summary>
    public static bool IsFinal(string code) => GgkFoutcodes.Classify(code) == GgkFoutClass.Permanent;

    /// <summary>The meaning of the code, from the GGk code lists.</summary>
    public string Meaning => GgkFoutcodes.Describe(Code);

    /// <summary>
    /// The notice a back office gets (kind TransportError, correlated to the refused message): the same body as an Fo01
    /// the gateway stores (&lt;Fo01 code=".." crossRefnummer=".."&gt;), with the refused message's id and type.
    /// </summary>
    public byte[] NoticeFor(StoredMessage refused)
    {
        ArgumentNullException.ThrowIfNull(refused);
        var element = new XElement(
            "Fo01",
            new XAttribute("code", Code),
            refused.Envelope?.Referentienummer is { } referentienummer ? new XAttribute("crossRefnummer", referentienummer) : null,
            new XAttribute("messageId", refused.Id.ToString(CultureInfo.InvariantCulture)),
            refused.Code is { } code ? new XAttribute("berichtcode", ((int)code).ToString(CultureInfo.InvariantCulture)) : null,
            new XAttribute("meaning", Meaning),
            Reason);
        return Encoding.UTF8.GetBytes(element.ToString(SaveOptions.DisableFormatting));
    }
}
