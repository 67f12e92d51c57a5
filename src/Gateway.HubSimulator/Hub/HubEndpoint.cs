using Gateway.HubSimulator.Provider;
using Gateway.Messages.Envelopes.Ggk;
using Microsoft.AspNetCore.Http;

namespace Gateway.HubSimulator.Hub;

/// <summary>
/// The simulated GGk OntvangAsynchroon service: receives Di01/Du01/Fo01 from the gateway and answers Bv03,
/// or what the behaviour says (503, Fo03, Fo01 IB103/IB216/configured code, Fo03 IB003 for oversize).
/// Fo01 answers are given synchronously in the HTTP reply — a simplification of the real chain, where an
/// Fo01 arrives later as a request of its own.
/// </summary>
internal sealed class HubEndpoint(HubBehaviour behaviour, HubTraffic traffic, ProviderSimulator provider, TimeProvider time)
{
    /// <summary>How the hub names itself in chain-generated messages.</summary>
    public static readonly GgkParty Hub = new("IB", "GGKWebservice");

    private readonly HashSet<(string Zender, string Referentienummer)> _seen = [];
    private readonly Lock _lock = new();

    public async Task HandleAsync(HttpContext context)
    {
        var latency = behaviour.Latency;
        if (latency > TimeSpan.Zero)
        {
            await Task.Delay(latency, time, context.RequestAborted).ConfigureAwait(false);
        }

        var now = time.GetUtcNow();
        if (behaviour.OutageUntil is { } outage && now < outage)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        GgkMessage request;
        try
        {
            request = await GgkSoap.ReadAsync(context.Request.Body, new GgkReadOptions { MaxEnvelopeBytes = behaviour.MaxEnvelopeBytes }, context.RequestAborted).ConfigureAwait(false);
        }
        catch (GgkEnvelopeException e)
        {
            var code = e.Problem == GgkEnvelopeProblem.TooLarge ? "IB003" : e.Problem == GgkEnvelopeProblem.InvalidValue && e.Message.Contains("UUID", StringComparison.Ordinal) ? "IB009" : "IB001";
            await ReplyAsync(context, Fo03.Unreadable(Hub, new GgkParty("onbekend", "onbekend"), code, e.Message, now)).ConfigureAwait(false);
            return;
        }

        var reply = Decide(request, now);
        Record(request, now, reply);
        await ReplyAsync(context, reply).ConfigureAwait(false);
        if (reply is Bv03 && request is GgkEnvelope envelope)
        {
            provider.OnDeliveredByHub(envelope);
        }
    }

    private GgkMessage Decide(GgkMessage request, DateTimeOffset now)
    {
        if (request is not (GgkEnvelope or GgkFoutbericht))
        {
            return Fo03.About(request, Hub, "IB240", $"{request.Berichtcode} is not accepted by this service.", now, "client");
        }

        if (behaviour.FreezeUntil is { } freeze && now < freeze && request is GgkEnvelope frozen)
        {
            return Fo01(frozen, "IB103", "Berichttype tijdelijk geblokkeerd (freeze).", now);
        }

        var key = (request.Stuurgegevens.Zender.Organisatie, request.Referentienummer);
        lock (_lock)
        {
            if (behaviour.DetectDuplicates && _seen.Contains(key))
            {
                return request is GgkEnvelope duplicate
                    ? Fo01(duplicate, "IB216", "Combinatie zender en referentienummer is niet uniek.", now)
                    : Fo03.About(request, Hub, "IB216", "Combinatie zender en referentienummer is niet uniek.", now, "client");
            }
        }

        GgkMessage reply = behaviour.Mode switch
        {
            HubReplyMode.Fo03 => Fo03.About(request, Hub, "StUF058", "Tijdelijke storing in de keten.", now),
            HubReplyMode.Fo01 when request is GgkEnvelope failed => Fo01(failed, behaviour.Fo01Code, GgkFoutcodes.Describe(behaviour.Fo01Code), now),
            _ => Bv03.Acknowledge(request, Hub, now),
        };
        if (reply is Bv03)
        {
            lock (_lock)
            {
                _seen.Add(key);
            }
        }

        return reply;
    }

    private static GgkFoutbericht Fo01(GgkEnvelope received, string code, string omschrijving, DateTimeOffset now) =>
        GgkFoutbericht.About(received, Hub, code, omschrijving, now);

    private void Record(GgkMessage request, DateTimeOffset now, GgkMessage reply)
    {
        var s = request.Stuurgegevens;
        var payload = request is GgkEnvelope envelope ? envelope.Payload : ReadOnlyMemory<byte>.Empty;
        var requestCode = request is GgkFoutbericht fo01 ? fo01.Code : null;
        var answer = reply switch
        {
            GgkFoutbericht f => "Fo01 " + f.Code,
            Fo03 f => "Fo03 " + f.Code,
            _ => reply.Berichtcode.ToString(),
        };
        traffic.Add(new ReceivedMessage(now, s.Berichtcode, s.Functie, s.Referentienummer, s.CrossRefnummer, s.Zender.Organisatie, s.Ontvanger.Organisatie, payload, requestCode, answer));
    }

    private static async Task ReplyAsync(HttpContext context, GgkMessage reply)
    {
        context.Response.StatusCode = reply is Fo03 ? StatusCodes.Status500InternalServerError : StatusCodes.Status200OK;
        context.Response.ContentType = GgkSoap.ContentType;
        await context.Response.Body.WriteAsync(GgkSoap.ToBytes(reply), context.RequestAborted).ConfigureAwait(false);
    }
}
