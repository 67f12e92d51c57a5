using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Gateway.Host.Transport.BackOffice;

namespace Gateway.Host.Demo;

/// <summary>A back office handing in messages: over the gateway's HTTP API, or by dropping a file in its outbox.</summary>
internal sealed class BackOfficeClient(HttpClient http, Uri gateway)
{
    private long _files;

    /// <summary>POSTs to <c>/api/backoffice/{gemeentecode}/messages</c>; returns the HTTP status.</summary>
    public async Task<int> SubmitAsync(string gemeentecode, string apiKey, byte[] document, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(gateway, $"api/backoffice/{gemeentecode}/messages")) { Content = new ByteArrayContent(document) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        request.Headers.Add(BackOfficeHttpSender.ApiKeyHeader, apiKey);
        using var response = await http.SendAsync(request, ct);
        return (int)response.StatusCode;
    }

    /// <summary>GETs <c>/api/backoffice/{gemeentecode}/answers/held</c>: the gemeente's held 325s, earliest deadline first.</summary>
    public async Task<IReadOnlyList<HeldAnswerRef>> HeldAsync(string gemeentecode, string apiKey, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(gateway, $"api/backoffice/{gemeentecode}/answers/held"));
        request.Headers.Add(BackOfficeHttpSender.ApiKeyHeader, apiKey);
        using var response = await http.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
        using var list = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(ct), cancellationToken: ct);
        return [.. list.RootElement.EnumerateArray().Select(a => new HeldAnswerRef(a.GetProperty("messageId").GetInt64(), a.GetProperty("declaratieMessageId").GetInt64()))];
    }

    /// <summary>POSTs <c>/api/backoffice/{gemeentecode}/answers/held/{id}/release</c>: the gateway sends the held 325; returns the HTTP status.</summary>
    public async Task<int> ReleaseAsync(string gemeentecode, string apiKey, long answerMessageId, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(gateway, string.Create(CultureInfo.InvariantCulture, $"api/backoffice/{gemeentecode}/answers/held/{answerMessageId}/release")));
        request.Headers.Add(BackOfficeHttpSender.ApiKeyHeader, apiKey);
        using var response = await http.SendAsync(request, ct);
        return (int)response.StatusCode;
    }

    /// <summary>Writes a file into the outbox the way a careful back office does: a hidden temporary name, then a rename.</summary>
    public string Drop(string outbox, byte[] document)
    {
        Directory.CreateDirectory(outbox);
        var name = string.Create(CultureInfo.InvariantCulture, $"bo-{Environment.ProcessId}-{Interlocked.Increment(ref _files):D6}.xml");
        var temporary = Path.Combine(outbox, "." + name + ".tmp");
        File.WriteAllBytes(temporary, document);
        var final = Path.Combine(outbox, name);
        File.Move(temporary, final);
        return final;
    }
}
