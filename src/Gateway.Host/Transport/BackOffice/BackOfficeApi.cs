using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Gateway.Host.Hosting;
using Gateway.Host.Region;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Declaraties;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Transport.BackOffice;

/// <summary>
/// POST <c>/api/backoffice/{gemeentecode}/messages</c>: a back office hands in a 301, 319 or 325 override. 202 with the
/// stored id once it is durable and queued; 422 with the issues when it is invalid (never sent); 409 for a 325 whose
/// held 325 was already decided; 404 for a gemeentecode
/// outside the region; 401/403 without the back office's own key.
/// </summary>
internal static class BackOfficeApi
{
    private const int ReadChunk = 81920;
    private const int MaxPresizedBody = 1024 * 1024;

    public static IEndpointRouteBuilder MapBackOfficeApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/backoffice/{gemeentecode}/messages", async (
            HttpContext http,
            string gemeentecode,
            IOptions<RegionOptions> region,
            IOptions<GatewayHostOptions> hostOptions,
            OutboundSubmitter submitter,
            CancellationToken ct) =>
        {
            if (Authorize(http, gemeentecode, region.Value) is { } refused)
            {
                return refused;
            }

            var payload = await ReadBodyAsync(http.Request, hostOptions.Value.MaxRequestBytes, ct);
            if (payload is null)
            {
                return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: $"The message is larger than {hostOptions.Value.MaxRequestBytes} bytes.");
            }

            var receipt = await submitter.SubmitAsync(new OutboundSubmission(payload, gemeentecode, "backoffice-api:" + gemeentecode), ct);
            return ToResult(receipt);
        });
        return endpoints;
    }

    /// <summary>Null when the request carries the back office's own key for a gemeente of the region; otherwise the 404/401/403 to answer.</summary>
    public static IResult? Authorize(HttpContext http, string gemeentecode, RegionOptions region)
    {
        var gemeente = region.Gemeenten.FirstOrDefault(g => g.Code == gemeentecode);
        if (gemeente is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"Gemeentecode {Sanitise(gemeentecode)} is not a gemeente of this region.");
        }

        var presented = http.Request.Headers[BackOfficeHttpSender.ApiKeyHeader].ToString();
        if (presented.Length == 0)
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "The back office's API key is required in the X-Api-Key header.");
        }

        if (gemeente.BackOffice.ApiKey is not { Length: > 0 } key
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(key)))
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: $"This key may not act for gemeente {gemeentecode}.");
        }

        return null;
    }

    /// <summary>The answer a back office gets, over HTTP and (as text) next to a refused outbox file.</summary>
    public static IResult ToResult(OutboundReceipt receipt) => receipt switch
    {
        { Queued: true } => Results.Json(Body(receipt), statusCode: StatusCodes.Status202Accepted),
        { Duplicate: true } => Results.Json(Body(receipt), statusCode: StatusCodes.Status202Accepted),
        _ when receipt.Issues.Any(i => i.Code == HeldAnswers.AlreadyDecidedCode) => Results.Json(Body(receipt), statusCode: StatusCodes.Status409Conflict),
        _ => Results.Json(Body(receipt), statusCode: StatusCodes.Status422UnprocessableEntity),
    };

    private static object Body(OutboundReceipt receipt) => new
    {
        messageId = receipt.MessageId,
        queued = receipt.Queued,
        duplicate = receipt.Duplicate,
        reason = receipt.Reason,
        issues = receipt.Issues.Select(i => new { level = i.Level, code = i.Code, retourCode = i.RetourCode, path = i.Path, line = i.Line, message = i.Message }),
    };

    /// <summary>The request body, or null once it grows past <paramref name="limit"/> bytes.</summary>
    internal static async Task<byte[]?> ReadBodyAsync(HttpRequest request, long limit, CancellationToken ct)
    {
        // Per message: the read chunk comes from the pool and a declared length sizes the buffer once (capped, so a length
        // that is only declared reserves no more than that before the bytes arrive).
        var declared = request.ContentLength ?? 0;
        using var buffer = new MemoryStream(declared > 0 ? (int)Math.Min(Math.Min(declared, limit), MaxPresizedBody) : 0);
        var chunk = ArrayPool<byte>.Shared.Rent(ReadChunk);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk.AsMemory(0, ReadChunk), ct)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    private static string Sanitise(string text) => new(text.Take(16).Where(char.IsAsciiLetterOrDigit).ToArray());
}
