using System.Globalization;
using System.Text.RegularExpressions;
using Gateway.Messages.Envelopes.Ggk;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Gateway.Host.Transport.Ggk;

/// <summary>
/// Decides, before the body of a /ggk request is read, whether it is read at all: a SOAP content type (else 415), a declared
/// size within the envelope limit (else 413) and room in the <see cref="GgkIntakeGate"/> (else 503 + Retry-After).
/// Each refusal is answered with an Fo03 that says what is wrong.
/// </summary>
internal sealed partial class GgkIntake(GgkIntakeGate gate, IOptions<GgkEndpointOptions> options, TimeProvider time, ILogger<GgkIntake> logger)
{
    /// <summary>The media types of a SOAP envelope (parameters such as charset allowed).</summary>
    public static readonly IReadOnlyList<string> AcceptedMediaTypes = ["text/xml", "application/soap+xml"];

    /// <summary>The Fo03 code of a refusal by the sender's mistake (wrong content type, too large).</summary>
    public const string ClientErrorCode = "StUF001";

    private const int EchoLength = 60;
    private static readonly GgkParty Unknown = new("onbekend", "onbekend");

    /// <summary>
    /// A lease to dispose when the request is done, or null when the request was refused and answered here.
    /// </summary>
    public async Task<GgkIntakeLease?> AdmitAsync(HttpContext http, GgkParty us)
    {
        var request = http.Request;
        if (!IsSoap(request.ContentType))
        {
            var received = request.ContentType is { Length: > 0 } contentType ? $"'{Echo(contentType)}'" : "missing";
            LogUnsupportedContentType(logger, received);
            await RefuseAsync(http, StatusCodes.Status415UnsupportedMediaType, us, ClientErrorCode, $"The Content-Type {received} is not accepted: send the SOAP envelope as text/xml or application/soap+xml.", "client");
            return null;
        }

        var limit = options.Value.MaxEnvelopeBytes;
        if (request.ContentLength > limit)
        {
            LogTooLarge(logger, request.ContentLength.Value, limit);
            await RefuseAsync(
                http,
                StatusCodes.Status413PayloadTooLarge,
                us,
                ClientErrorCode,
                string.Create(CultureInfo.InvariantCulture, $"The envelope of {request.ContentLength.Value} bytes is larger than the limit of {limit} bytes ({limit / (1024.0 * 1024.0):0.##} MB, base64 payload included)."),
                "client");
            return null;
        }

        // Chunked (no Content-Length): the body may be as large as the limit, so that much is reserved.
        var lease = gate.TryEnter(request.ContentLength ?? limit);
        if (lease is null)
        {
            var retryAfter = (long)Math.Ceiling(options.Value.RetryAfter.TotalSeconds);
            LogBusy(logger, gate.RequestsInFlight, gate.BytesInFlight, retryAfter);
            http.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
            await RefuseAsync(
                http,
                StatusCodes.Status503ServiceUnavailable,
                us,
                GgkEndpoint.StoreUnavailableCode,
                string.Create(CultureInfo.InvariantCulture, $"The gateway is busy: it is reading as many envelopes as it may at once. Send the message again after {retryAfter} seconds."),
                "server");
        }

        return lease;
    }

    /// <summary>True for text/xml and application/soap+xml, with or without parameters.</summary>
    public static bool IsSoap(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && AcceptedMediaTypes.Any(accepted => parsed.MediaType.Equals(accepted, StringComparison.OrdinalIgnoreCase));

    /// <summary>A header value as it may be echoed: length-limited, printable ASCII only, long digit runs (a BSN?) hidden.</summary>
    internal static string Echo(string value)
    {
        var shortened = value.Length <= EchoLength ? value : value[..EchoLength] + "…";
        var printable = string.Concat(shortened.Select(c => c is >= ' ' and <= '~' or '…' ? c : '?'));
        return LongDigitRun().Replace(printable, "*********");
    }

    private async Task RefuseAsync(HttpContext http, int status, GgkParty us, string code, string omschrijving, string plek)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = GgkSoap.ContentType;
        await http.Response.Body.WriteAsync(GgkSoap.ToBytes(Fo03.Unreadable(us, Unknown, code, omschrijving, time.GetUtcNow(), plek)));
    }

    [GeneratedRegex("[0-9]{9,}", RegexOptions.CultureInvariant)]
    private static partial Regex LongDigitRun();

    [LoggerMessage(Level = LogLevel.Warning, Message = "GGk request refused: Content-Type {ContentType} is not text/xml or application/soap+xml; Fo03/415 sent")]
    private static partial void LogUnsupportedContentType(ILogger logger, string contentType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "GGk request refused: Content-Length {ContentLength} is above the envelope limit of {Limit} bytes; Fo03/413 sent")]
    private static partial void LogTooLarge(ILogger logger, long contentLength, long limit);

    [LoggerMessage(Level = LogLevel.Warning, Message = "GGk request refused: busy ({Requests} requests, {Bytes} bytes in flight); Fo03/503 sent with Retry-After {RetryAfter} s")]
    private static partial void LogBusy(ILogger logger, int requests, long bytes, long retryAfter);
}
