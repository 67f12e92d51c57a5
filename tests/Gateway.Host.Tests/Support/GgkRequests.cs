using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Gateway.Host.Tests.EndToEnd;
using Gateway.HubSimulator;
using Gateway.Messages.Envelopes.Ggk;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Host.Tests.Support;

/// <summary>Requests to /ggk: SOAP content, envelopes of a chosen size around a real 315 (padded with a comment before its root), the answer read.</summary>
internal static class GgkRequests
{
    /// <summary>The SOAP bytes of a Di01 of about <paramref name="envelopeBytes"/> bytes around a fresh 315 for 0363.</summary>
    public static byte[] LargeDi01(HubSimulatorHandle simulator, int envelopeBytes)
    {
        var bericht = RoundTripTests.Build(simulator, MessageCode.VerzoekOmToewijzing, "0363");
        var payload = Padded(BerichtWriter.ToBytes(bericht), envelopeBytes / 4 * 3);
        return GgkSoap.ToBytes(Some.Envelope(bericht, payload));
    }

    /// <summary>The document with a comment before its root element, so that it is <paramref name="size"/> bytes and still valid.</summary>
    public static byte[] Padded(byte[] document, int size)
    {
        var text = Encoding.UTF8.GetString(document).TrimStart('\uFEFF');
        var at = text.StartsWith("<?xml", StringComparison.Ordinal) ? text.IndexOf("?>", StringComparison.Ordinal) + 2 : 0;
        var padding = Math.Max(0, size - Encoding.UTF8.GetByteCount(text) - 7);
        return Encoding.UTF8.GetBytes(text.Insert(at, "<!--" + new string('x', padding) + "-->"));
    }

    public static HttpContent Soap(byte[] envelope)
    {
        var content = new ByteArrayContent(envelope);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(GgkSoap.ContentType);
        return content;
    }

    public static HttpContent Soap(HttpContent content)
    {
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(GgkSoap.ContentType);
        return content;
    }

    /// <summary>Posts to /ggk and reads the answer: status, Retry-After and the ggk0210 reply.</summary>
    public static async Task<Answer> PostAsync(HttpClient http, HttpContent content)
    {
        using var response = await http.PostAsync("ggk", content);
        await using var body = await response.Content.ReadAsStreamAsync();
        return new Answer(response.StatusCode, response.Headers.RetryAfter?.Delta, await GgkSoap.ReadAsync(body));
    }

    /// <summary>What /ggk answered.</summary>
    public sealed record Answer(HttpStatusCode Status, TimeSpan? RetryAfter, GgkMessage Reply);
}
