using Gateway.Host.Transport.BackOffice;
using Gateway.Host.Trust;
using Gateway.Routing.Precheck;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Precheck;

/// <summary>
/// <c>POST /api/precheck</c>: a provider asks what the gateway would answer to a message before sending it (see
/// <see cref="MessagePrecheck"/>: nothing is kept). The caller names its sender identity in <c>X-Zender</c> and is
/// checked against the same sender map as <c>/ggk</c> (<c>Gateway:Trust</c>): known, with one of its client
/// certificates when it lists any, acting for at least one AGB code; and it may pre-check only what it may send, so a
/// payload for another party gets 403. 200 with the verdict, the answer and every code explained; 401 without
/// <c>X-Zender</c>; 413 over <c>Gateway:Precheck:MaxMessageBytes</c>; 503 with Retry-After beyond
/// <c>MaxConcurrentRequests</c>.
/// </summary>
internal static partial class PrecheckApi
{
    public const string Path = "/api/precheck";

    /// <summary>The header naming the caller's sender identity (an <c>Organisatie</c> of Gateway:Trust:Senders).</summary>
    public const string ZenderHeader = "X-Zender";

    public static IEndpointRouteBuilder MapPrecheckApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, HandleAsync);
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http,
        SenderDirectory senders,
        PrecheckGate gate,
        MessagePrecheck precheck,
        IOptions<PrecheckOptions> options,
        ILogger<MessagePrecheck> logger,
        CancellationToken ct)
    {
        var zender = http.Request.Headers[ZenderHeader].ToString();
        if (zender.Length == 0)
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: $"Name your sender identity (an Organisatie of Gateway:Trust:Senders, e.g. your AGB code) in the {ZenderHeader} header.");
        }

        var certificate = http.Connection.ClientCertificate;
        if (!senders.TryResolve(zender, certificate, out var identity, out var problem))
        {
            LogRefused(logger, problem.ToString());
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: SenderDirectory.Describe(problem, zender, certificate));
        }

        if (identity.Scope.Agb.Count == 0)
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: $"Sender identity {SenderText.Safe(zender)} acts for no AGB code: the pre-check is for providers.");
        }

        var limit = options.Value.MaxMessageBytes;
        if (http.Request.ContentLength > limit)
        {
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: $"The message is larger than {limit} bytes (Gateway:Precheck:MaxMessageBytes).");
        }

        if (!gate.TryEnter())
        {
            http.Response.Headers.RetryAfter = options.Value.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Too many pre-checks at once; try again shortly.");
        }

        try
        {
            var payload = await BackOfficeApi.ReadBodyAsync(http.Request, limit, ct);
            if (payload is null)
            {
                return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: $"The message is larger than {limit} bytes (Gateway:Precheck:MaxMessageBytes).");
            }

            if (payload.Length == 0)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The request has no body: post the message (the XML of a 305, 307, 315, 317, 323 or a retour).");
            }

            var result = await precheck.CheckAsync(payload, identity.Scope, ct);
            if (result.SenderNotAllowed)
            {
                LogRefused(logger, "PayloadForAnotherParty");
                return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: result.Refusal?.Omschrijving ?? "This sender identity may not send this message.");
            }

            LogChecked(logger, SenderText.Safe(zender), result.Verdict.ToString(), string.Join(",", result.RetourCodes));
            return Results.Json(PrecheckAnswer.Of(result), statusCode: StatusCodes.Status200OK);
        }
        finally
        {
            gate.Leave();
        }
    }

    // Codes and a made-safe zender only: never the payload or a BSN.
    [LoggerMessage(Level = LogLevel.Information, Message = "Pre-check for {Zender}: {Verdict} {RetourCodes} (nothing stored)")]
    private static partial void LogChecked(ILogger logger, string zender, string verdict, string retourCodes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pre-check refused ({Problem}); nothing checked or stored")]
    private static partial void LogRefused(ILogger logger, string problem);
}
