using System.Text;
using Gateway.Messages.Envelopes.Ggk;
using Gateway.Messages.Standards;

namespace Gateway.Messages.Tests.Envelopes.Ggk;

/// <summary>Throwaway ggk0210 messages.</summary>
internal static class SomeGgk
{
    public static readonly DateTimeOffset Now = new(2025, 3, 3, 10, 15, 30, TimeSpan.Zero);
    public static readonly GgkParty Gemeente = new("0363", "Gateway", "Regio Test");
    public static readonly GgkParty Hub = new("IB", "GGKWebservice");

    // Arbitrary bytes including a BOM-like prefix, CR/LF and non-ASCII: the codec must keep them exactly.
    public static readonly byte[] Payload = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("<x>é\r\n€ &amp; ]]></x>"), 0x00, 0xFF];

    public static GgkEnvelope Di01(byte[]? payload = null) =>
        GgkEnvelope.Create(Standard.Ijw, MessageCode.Toewijzing, payload ?? Payload, Gemeente, "12345678", Now);

    public static GgkEnvelope Du01(string crossRef) =>
        GgkEnvelope.Create(Standard.Iwmo, MessageCode.StartRetour, Payload, Gemeente, "12345678", Now, crossRef);

    public static async Task<GgkMessage> RoundTripAsync(GgkMessage message)
    {
        using var stream = new MemoryStream(GgkSoap.ToBytes(message));
        return await GgkSoap.ReadAsync(stream);
    }

    public static async Task<GgkEnvelopeException> RejectAsync(string xml, GgkReadOptions? options = null) =>
        await RejectAsync(Encoding.UTF8.GetBytes(xml), options);

    public static async Task<GgkEnvelopeException> RejectAsync(byte[] bytes, GgkReadOptions? options = null)
    {
        using var stream = new MemoryStream(bytes);
        return await Assert.ThrowsAsync<GgkEnvelopeException>(() => GgkSoap.ReadAsync(stream, options));
    }

    public static string Soap(string body) =>
        $"""<?xml version="1.0" encoding="UTF-8"?><soap:Envelope xmlns:soap="{GgkNames.SoapNamespace}" xmlns:GGK="{GgkNames.GgkNamespace}" xmlns:StUF="{GgkNames.StufNamespace}"><soap:Body>{body}</soap:Body></soap:Envelope>""";

    public static string Di01Xml(
        string referentienummer = "9c0f7b90-5c69-41e5-a837-0800200c9a66",
        string functie = "<StUF:functie>WMO301</StUF:functie>",
        string bericht = "<GGK:xmlBestand>SGllciBzdGFhdCBlZW4gaVdtby9pSnctaGVlbmJlcmljaHQu</GGK:xmlBestand>",
        string zender = "<StUF:organisatie>0548</StUF:organisatie><StUF:applicatie>Wmo Applicatie</StUF:applicatie>") =>
        Soap($"""
            <GGK:envelopHeenbericht-ggk_Di01>
              <GGK:stuurgegevens>
                <StUF:berichtcode>Di01</StUF:berichtcode>
                <StUF:zender>{zender}</StUF:zender>
                <StUF:ontvanger><StUF:organisatie>01023456</StUF:organisatie><StUF:applicatie>GGk</StUF:applicatie></StUF:ontvanger>
                <StUF:referentienummer>{referentienummer}</StUF:referentienummer>
                <StUF:tijdstipBericht>20160421132514</StUF:tijdstipBericht>
                {functie}
              </GGK:stuurgegevens>
              <GGK:parameters>
                <GGK:applicatieVersie>0004</GGK:applicatieVersie>
                <GGK:applicatieSubversie>0003</GGK:applicatieSubversie>
                <GGK:functieVersie>0002</GGK:functieVersie>
                <GGK:functieSubversie>0002</GGK:functieSubversie>
                <GGK:bericht>{bericht}</GGK:bericht>
              </GGK:parameters>
            </GGK:envelopHeenbericht-ggk_Di01>
            """);
}
