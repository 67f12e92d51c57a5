using System.Net.Http.Headers;
using Gateway.Messages.Envelopes.Ggk;

namespace Gateway.HubSimulator.Tests.Support;

/// <summary>Posts raw SOAP to the simulated hub the way the gateway would, without the gateway's client.</summary>
internal static class HubClient
{
    public static async Task<(int Status, GgkMessage? Reply)> PostAsync(Uri hubUrl, byte[] soap, string action)
    {
        using var http = new HttpClient();
        using var content = new ByteArrayContent(soap);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(GgkSoap.ContentType);
        using var request = new HttpRequestMessage(HttpMethod.Post, hubUrl) { Content = content };
        request.Headers.TryAddWithoutValidation("SOAPAction", action);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        GgkMessage? reply = null;
        if (body.Length > 0)
        {
            using var stream = new MemoryStream(body);
            reply = await GgkSoap.ReadAsync(stream);
        }

        return ((int)response.StatusCode, reply);
    }

    public static Task<(int Status, GgkMessage? Reply)> PostAsync(Uri hubUrl, GgkMessage message) =>
        PostAsync(hubUrl, GgkSoap.ToBytes(message), GgkNames.SoapAction(message.Berichtcode));
}
