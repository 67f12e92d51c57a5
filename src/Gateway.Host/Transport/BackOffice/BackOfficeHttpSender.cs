using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Gateway.Host.Region;
using Gateway.Messages.Standards;
using Gateway.Routing.Store;

namespace Gateway.Host.Transport.BackOffice;

/// <summary>
/// POSTs a message to a back office's URL. 2xx = delivered; 5xx, 408, 429, timeouts and connection failures are
/// transient; any other 4xx is permanent (the back office will never take it).
/// </summary>
internal sealed class BackOfficeHttpSender(IHttpClientFactory httpClients)
{
    public const string HttpClientName = "backoffice";
    public const string MessageIdHeader = "X-Gateway-Message-Id";
    public const string StandardHeader = "X-Gateway-Standard";
    public const string MessageCodeHeader = "X-Gateway-Message-Code";
    public const string KindHeader = "X-Gateway-Message-Kind";
    public const string CorrelatesToHeader = "X-Gateway-Correlates-To";
    public const string ApiKeyHeader = "X-Api-Key";

    public async Task<BackOfficeSendResult> SendAsync(BackOfficeOptions backOffice, StoredMessage message, byte[] payload, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(backOffice.Timeout);
        using var request = new HttpRequestMessage(HttpMethod.Post, backOffice.Endpoint) { Content = new ByteArrayContent(payload) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/xml") { CharSet = "utf-8" };
        request.Headers.Add(MessageIdHeader, message.Id.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("Idempotency-Key", message.Id.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(KindHeader, message.Kind.ToString());
        if (message.Standard is { } standard)
        {
            request.Headers.Add(StandardHeader, standard.Key());
        }

        if (message.Code is { } code)
        {
            request.Headers.Add(MessageCodeHeader, ((int)code).ToString(CultureInfo.InvariantCulture));
        }

        if (message.CorrelatesTo is { } correlatesTo)
        {
            request.Headers.Add(CorrelatesToHeader, correlatesTo.ToString(CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrEmpty(backOffice.ApiKey))
        {
            request.Headers.Add(ApiKeyHeader, backOffice.ApiKey);
        }

        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                return BackOfficeSendResult.Delivered;
            }

            var reason = $"back office answered HTTP {status}";
            return status >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests
                ? BackOfficeSendResult.Transient(reason)
                : BackOfficeSendResult.Permanent(reason);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return BackOfficeSendResult.Transient($"back office did not answer within {backOffice.Timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException e)
        {
            return BackOfficeSendResult.Transient($"back office unreachable: {e.HttpRequestError}");
        }
    }
}
