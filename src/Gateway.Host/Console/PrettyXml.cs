using System.Xml;
using System.Xml.Linq;

namespace Gateway.Host.Console;

/// <summary>Indents an already masked payload for reading; text that is not XML is shown as it is.</summary>
internal static class PrettyXml
{
    public static string Indent(string masked)
    {
        ArgumentNullException.ThrowIfNull(masked);
        try
        {
            using var reader = XmlReader.Create(new StringReader(masked), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            return XDocument.Load(reader).ToString(SaveOptions.None);
        }
        catch (XmlException)
        {
            return masked;
        }
    }
}
