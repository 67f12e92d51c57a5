using System.Net.Http.Headers;
using Gateway.Host.Health;
using Gateway.Messages.Envelopes.Ggk;
using Gateway.Routing.Delivery;
using Gateway.Routing.Freezes;
using Gateway.Routing.Store;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Gateway.Host.Transport.Ggk;

/// <summary>
/// The GGk client: HTTP POST of the SOAP envelope with the operation's SOAPAction, through a Polly pipeline
/// of a circuit breaker (counting transient failures only, not a freeze's IB103) around a per-attempt timeout.
/// </summary>
internal sealed partial class GgkClient : IGgkClient
{
    private readonly HttpClient _http;
    private readonly GgkOptions _options;
    private readonly ILogger<GgkClient> _logger;
    private readonly ResiliencePipeline<DeliveryResult> _pipeline;

    public GgkClient(HttpClient http, IOptions<GgkOptions> options, TimeProvider time, ILogger<GgkClient> logger, HubCircuitState? circuit = null)
    {
        _http = http;
        _options = options.Value;
        _logger = logger;
        _pipeline = BuildPipeline(_options, time, (circuit ?? new HubCircuitState()).Provider);
    }

    public async Task<DeliveryResult> SendAsync(GgkMessage message, CancellationToken cancellationToken)
    {
        if (message.Berichtcode is not (GgkBerichtcode.Di01 or GgkBerichtcode.Du01 or GgkBerichtcode.Fo01))
        {
            throw new ArgumentException($"Only Di01, Du01 and Fo01 are sent to the hub, not {message.Berichtcode}.", nameof(message));
        }

        var body = GgkSoap.ToBytes(message);
        DeliveryResult result;
        try
        {
            result = await _pipeline.ExecuteAsync(
                static async (state, ct) => await state.Client.AttemptAsync(state.Message, state.Body, ct).ConfigureAwait(false),
                (Client: this, Message: message, Body: body),
                cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException)
        {
            result = DeliveryResult.Failed(DeliveryFailure.Transient($"No reply from the hub within {_options.AttemptTimeout}", "timeout"));
        }
        catch (BrokenCircuitException e)
        {
            var retryAfter = e.RetryAfter is { } after ? $" (retry after {after})" : string.Empty;
            result = DeliveryResult.Failed(DeliveryFailure.Transient("Circuit to the hub is open after repeated failures" + retryAfter, "circuit-open"));
        }

        LogResult(message, result);
        return result;
    }

    private async Task<DeliveryResult> AttemptAsync(GgkMessage message, byte[] body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _options.HubUrl);
        request.Content = new ByteArrayContent(body);
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(GgkSoap.ContentType);
        request.Headers.TryAddWithoutValidation("SOAPAction", "\"" + GgkNames.SoapAction(message.Berichtcode) + "\"");
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
            GgkMessage? reply = null;
            string? unreadable = null;
            try
            {
                var stream = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
                await using (stream.ConfigureAwait(false))
                {
                    reply = await GgkSoap.ReadAsync(stream, GgkReadOptions.Default, ct).ConfigureAwait(false);
                }
            }
            catch (GgkEnvelopeException e)
            {
                unreadable = e.Message;
            }

            return GgkReplyClassifier.FromReply(response.StatusCode, reply, unreadable);
        }
        catch (HttpRequestException e)
        {
            // Connection refused, DNS, TLS handshake, reset: the message never got a reply.
            return DeliveryResult.Failed(DeliveryFailure.Transient("Could not reach the hub: " + e.HttpRequestError, "connection"));
        }
    }

    private static ResiliencePipeline<DeliveryResult> BuildPipeline(GgkOptions options, TimeProvider time, CircuitBreakerStateProvider circuit) =>
        new ResiliencePipelineBuilder<DeliveryResult> { TimeProvider = time }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<DeliveryResult>
            {
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = options.BreakerSamplingDuration,
                BreakDuration = options.BreakerBreakDuration,
                StateProvider = circuit,
                ShouldHandle = static args => ValueTask.FromResult(args.Outcome switch
                {
                    { Exception: TimeoutRejectedException or HttpRequestException } => true,

                    // A release freeze is an answer, not a failure of the hub: the dispatcher holds the hub's deliveries.
                    { Result.Failure.Code: FreezeOptions.FreezeCode } => false,
                    { Result.Failure.Kind: DeliveryFailureKind.Transient } => true,
                    _ => false,
                }),
            })
            .AddTimeout(options.AttemptTimeout)
            .Build();

    private void LogResult(GgkMessage message, DeliveryResult result)
    {
        var functie = message.Stuurgegevens.Functie ?? message.Berichtcode.ToString();
        if (result.Failure is null)
        {
            LogDelivered(message.Berichtcode, functie, message.Referentienummer, result.Receipt);
        }
        else
        {
            LogFailed(message.Berichtcode, functie, message.Referentienummer, result.Failure.Kind, result.Failure.Code, result.Failure.Reason);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "GGk {Berichtcode} {Functie} {Referentienummer} delivered: {Receipt}")]
    private partial void LogDelivered(GgkBerichtcode berichtcode, string functie, string referentienummer, string? receipt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "GGk {Berichtcode} {Functie} {Referentienummer} failed ({Kind}, {Code}): {Reason}")]
    private partial void LogFailed(GgkBerichtcode berichtcode, string functie, string referentienummer, DeliveryFailureKind kind, string? code, string reason);
}
