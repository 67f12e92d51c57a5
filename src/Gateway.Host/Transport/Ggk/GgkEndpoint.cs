using System.Diagnostics;
using Gateway.Host.Metrics;
using Gateway.Host.Trust;
using Gateway.Messages.Envelopes.Ggk;
using Gateway.Routing.Delivery;
using Gateway.Routing.Diagnostics;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Transport.Ggk;

/// <summary>
/// The inbound GGk endpoint: accepts a Di01/Du01 (and Fo01 about what we sent), hands it to the pipeline and answers
/// Bv03 only after the store committed. When the store cannot commit the hub gets an Fo03 with HTTP 503 and resends.
/// </summary>
internal static partial class GgkEndpoint
{
    public const string StoreUnavailableCode = "StUF058";

    /// <summary>StUF's "functie niet ondersteund", for a functie of release 2.x (JW303 …) with what to send instead.</summary>
    public const string RetiredFunctieCode = "StUF037";

    /// <summary>The hub's code for a (zender, referentienummer) already used by other content.</summary>
    public const string EnvelopeReusedCode = "IB216";

    private const string EnvelopeReusedText = "Combinatie zender en referentienummer is niet uniek: deze referentienummer is al gebruikt voor een ander bericht. Verstuur het bericht met een nieuw referentienummer.";

    public static IEndpointRouteBuilder MapGgkEndpoint(this IEndpointRouteBuilder endpoints)
    {
        var path = endpoints.ServiceProvider.GetRequiredService<IOptions<GgkEndpointOptions>>().Value.Path;
        endpoints.MapPost(path, HandleAsync).AddEndpointFilter<GgkIntakeTelemetry>();
        return endpoints;
    }

    private static async Task HandleAsync(
        HttpContext http,
        InboundProcessor processor,
        GgkIntake intake,
        IMessageStore store,
        IOptions<GgkEndpointOptions> options,
        PipelineOptions pipeline,
        SenderGate senders,
        TimeProvider time,
        ILogger<GgkEndpointLog> logger,
        CancellationToken ct)
    {
        var us = new GgkParty(pipeline.EnvelopeZender, options.Value.Applicatie);
        using var admitted = await intake.AdmitAsync(http, us);
        if (admitted is null)
        {
            return;
        }

        GgkMessage received;
        var timedOut = false;

        // A trickling sender keeps its share of the intake bounds no longer than BodyReadTimeout: its connection is dropped
        // (a body read blocked on the socket observes no token; an aborted connection it does).
        using (var reading = new CancellationTokenSource(options.Value.BodyReadTimeout, time))
        using (reading.Token.Register(() =>
        {
            timedOut = true;
            http.Abort();
        }))
        {
            try
            {
                received = await GgkSoap.ReadAsync(http.Request.Body, new GgkReadOptions { MaxEnvelopeBytes = options.Value.MaxEnvelopeBytes }, ct);
            }
            catch (Exception) when (timedOut)
            {
                LogTooSlow(logger, options.Value.BodyReadTimeout);
                return;
            }
            catch (GgkEnvelopeException e)
            {
                LogUnreadable(logger, e.Problem.ToString());
                var unknown = new GgkParty("onbekend", "onbekend");
                var refusal = e.Problem == GgkEnvelopeProblem.RetiredFunctie
                    ? Fo03.Unreadable(us, unknown, RetiredFunctieCode, e.Message, time.GetUtcNow())
                    : Fo03.Unreadable(us, unknown, GgkIntake.ClientErrorCode, "The envelope cannot be read: " + e.Message, time.GetUtcNow());
                await WriteAsync(http, StatusCodes.Status400BadRequest, refusal);
                return;
            }
        }

        try
        {
            // Who may send as whom: an unknown zender, a certificate that is not its own or an Fo01 not from the hub gets an Fo03.
            var admission = await senders.AdmitAsync(received, us, http.Connection.ClientCertificate, ct);
            if (admission.Refusal is { } refused)
            {
                await WriteAsync(http, StatusCodes.Status403Forbidden, refused);
                return;
            }

            switch (received)
            {
                case GgkEnvelope envelope:
                    var receipt = await processor.ProcessAsync(
                        new InboundMessage(envelope.PayloadArray(), new EnvelopeReference(envelope.Stuurgegevens.Zender.Organisatie, envelope.Referentienummer, envelope.Stuurgegevens.CrossRefnummer)) { Sender = admission.Scope },
                        ct);
                    Activity.Current.TagMessage(receipt.MessageId);
                    using (logger.BeginScope(new Dictionary<string, object> { ["MessageId"] = receipt.MessageId }))
                    {
                        if (receipt.Disposition == InboundDisposition.EnvelopeReused)
                        {
                            // Never ack-and-drop: other content under a used (zender, referentienummer) is refused, as the hub does.
                            LogEnvelopeReused(logger, envelope.Berichtcode.ToString());
                            await WriteAsync(http, StatusCodes.Status409Conflict, Fo03.About(received, us, EnvelopeReusedCode, EnvelopeReusedText, time.GetUtcNow(), "client"));
                            return;
                        }

                        LogAccepted(logger, envelope.Berichtcode.ToString(), receipt.Disposition.ToString());
                    }

                    break;
                case GgkFoutbericht error:
                    await RecordHubErrorAsync(store, us, error, logger, ct);
                    break;
                default:
                    await WriteAsync(http, StatusCodes.Status400BadRequest, Fo03.About(received, us, GgkIntake.ClientErrorCode, $"A {received.Berichtcode} is not accepted here.", time.GetUtcNow(), "client"));
                    return;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // Not durable, so not acknowledged: the hub keeps the message and resends it.
            LogNotCommitted(logger, e.GetType().Name);
            await WriteAsync(http, StatusCodes.Status503ServiceUnavailable, Fo03.About(received, us, StoreUnavailableCode, "The gateway could not store the message; send it again later.", time.GetUtcNow()));
            return;
        }

        await WriteAsync(http, StatusCodes.Status200OK, Bv03.Acknowledge(received, us, time.GetUtcNow()));
    }

    /// <summary>
    /// The hub reports later about something we sent (the delivery itself was already acknowledged). A final code moves
    /// the message to refused-by-hub and tells its back office; any other code is an event on it for operators.
    /// </summary>
    private static async Task RecordHubErrorAsync(IMessageStore store, GgkParty us, GgkFoutbericht error, ILogger logger, CancellationToken ct)
    {
        await using var tx = await store.BeginAsync(ct);
        var about = error.Stuurgegevens.CrossRefnummer is { } crossRef ? await tx.FindByEnvelopeAsync(us.Organisatie, crossRef, ct) : null;
        if (about is null)
        {
            LogUncorrelatedError(logger, error.Code);
            return;
        }

        if (HubRefusal.IsFinal(error.Code) && about.Direction == MessageDirection.Outbound && about.State != MessageState.RefusedByHub)
        {
            await HubRefusals.RecordAsync(tx, about, HubRefusal.FromFo01(error.Code, Trim(error.Omschrijving)), ct);
        }
        else
        {
            await tx.AddEventAsync(about.Id, "HubErrorReceived", $"{error.Code} ({error.Plek}): {Trim(error.Omschrijving)}", "ggk", ct);
        }

        await tx.CommitAsync(ct);
        using (logger.BeginScope(new Dictionary<string, object> { ["MessageId"] = about.Id }))
        {
            LogHubError(logger, error.Code);
        }
    }

    private static string Trim(string text) => text.Length > 300 ? text[..300] : text;

    private static async Task WriteAsync(HttpContext http, int status, GgkMessage reply)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = GgkSoap.ContentType;
        await http.Response.Body.WriteAsync(GgkSoap.ToBytes(reply));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "GGk {Berichtcode} stored as {Disposition}; Bv03 sent")]
    private static partial void LogAccepted(ILogger logger, string berichtcode, string disposition);

    [LoggerMessage(Level = LogLevel.Warning, Message = "GGk {Berichtcode} reused a stored envelope with other content; Fo03 IB216 sent, not stored")]
    private static partial void LogEnvelopeReused(ILogger logger, string berichtcode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "GGk envelope not received within {Timeout}; connection dropped")]
    private static partial void LogTooSlow(ILogger logger, TimeSpan timeout);

    [LoggerMessage(Level = LogLevel.Warning, Message = "GGk envelope unreadable ({Problem}); Fo03 sent")]
    private static partial void LogUnreadable(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "GGk message not stored ({Error}); Fo03/503 sent so the hub resends")]
    private static partial void LogNotCommitted(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The hub reported {Code} about a message we sent")]
    private static partial void LogHubError(ILogger logger, string code);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The hub reported {Code} about a referentienummer we do not know")]
    private static partial void LogUncorrelatedError(ILogger logger, string code);
}
