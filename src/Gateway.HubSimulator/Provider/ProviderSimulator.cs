using System.Net.Http.Headers;
using System.Threading.Channels;
using Gateway.HubSimulator.Hub;
using Gateway.Messages.Answers;
using Gateway.Messages.Envelopes.Ggk;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Microsoft.Extensions.Logging;

namespace Gateway.HubSimulator.Provider;

/// <summary>
/// Plays the provider software behind the hub: sends heen-berichten (305/307/315/317/323) to the gateway in
/// Di01 envelopes, keeps the toewijzingen it receives in 301s, and answers every 301 and 319 with a 302/320
/// in a Du01 whose crossRefnummer is the Di01's referentienummer.
/// </summary>
public sealed partial class ProviderSimulator
{
    private static readonly MessageCode[] HeenCodes =
        [MessageCode.Start, MessageCode.Stop, MessageCode.VerzoekOmToewijzing, MessageCode.VerzoekOmWijziging, MessageCode.Declaratie];

    private readonly HubSimulatorOptions _options;
    private readonly HubTraffic _traffic;
    private readonly HttpClient _http;
    private readonly ILogger _logger;
    private readonly Random _random;
    private readonly Lock _lock = new();
    private readonly List<KnownToewijzing> _toewijzingen = [];
    private readonly HashSet<(string Gemeente, long Nummer)> _started = [];
    private readonly HashSet<(string Gemeente, long Nummer)> _stopped = [];
    private readonly HashSet<((string Gemeente, long Nummer) Toewijzing, DateOnly Month)> _declared = [];
    private readonly HashSet<string> _requested = new(StringComparer.Ordinal);
    private readonly Channel<GgkEnvelope> _toAnswer = Channel.CreateUnbounded<GgkEnvelope>();
    private readonly RetourBuilder _retours;
    private long _madeUpNummer = 900_000_000;

    internal ProviderSimulator(HubSimulatorOptions options, SampleRegion region, HubTraffic traffic, HttpClient http, ILogger logger)
    {
        _options = options;
        Region = region;
        _traffic = traffic;
        _http = http;
        _logger = logger;
        _random = new Random(options.Seed);
        Messages = new ProviderMessageFactory(options.Time, new XsdVersie(options.XsdVersie, options.XsdVersie), ProviderMessageFactory.NewRunPrefix());
        _retours = new RetourBuilder(options.Time, new RetourIdentificaties());
    }

    /// <summary>The sample region the providers work in.</summary>
    public SampleRegion Region { get; }

    /// <summary>Builds the provider's messages.</summary>
    public ProviderMessageFactory Messages { get; }

    /// <summary>The toewijzingen received in 301s (accepted by the provider).</summary>
    public IReadOnlyList<KnownToewijzing> Toewijzingen
    {
        get
        {
            lock (_lock)
            {
                return _toewijzingen.ToArray();
            }
        }
    }

    internal ChannelReader<GgkEnvelope> ToAnswer => _toAnswer.Reader;

    /// <summary>Builds a message of this type for a random client (a known toewijzing where it needs one) and sends it.</summary>
    public Task<SentMessage> SendAsync(MessageCode code, CancellationToken cancellationToken = default) =>
        SendBerichtAsync(Build(code), cancellationToken);

    /// <summary>
    /// Sends a random 305/307/315/317/323 that fits what the provider knows, as real provider software would: a start
    /// for a received toewijzing not yet started, a stop for a started one, a declaration for a month not yet declared,
    /// a request for a client without a pending one. A 315 when nothing else fits; nothing (null) when not even that.
    /// </summary>
    public async Task<SentMessage?> SendRandomAsync(CancellationToken cancellationToken = default)
    {
        Bericht? bericht;
        lock (_lock)
        {
            var code = HeenCodes[_random.Next(HeenCodes.Length)];
            bericht = BuildCoherent(code) ?? BuildCoherent(MessageCode.VerzoekOmToewijzing);
        }

        // Every client already has a request waiting and nothing else fits: nothing to send this time.
        return bericht is null ? null : await SendBerichtAsync(bericht, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Builds a message of this type that fits what the provider knows (see <see cref="SendRandomAsync"/>) and
    /// remembers it as sent; null when none fits now. <paramref name="tarief"/> overrides the contract tariff of a 323.
    /// </summary>
    public Bericht? TryBuild(MessageCode code, Func<KnownToewijzing, DateOnly, long?>? tarief = null)
    {
        lock (_lock)
        {
            return BuildCoherent(code, tarief);
        }
    }

    /// <summary>A client of this standard no request (315/317) was built for yet, now counted as having one; null when none is left.</summary>
    public SampleClient? ClaimClient(Standard standard)
    {
        lock (_lock)
        {
            var client = Region.Clients.FirstOrDefault(c => c.Standard == standard && !_requested.Contains(c.Bsn));
            if (client is not null)
            {
                _requested.Add(client.Bsn);
            }

            return client;
        }
    }

    /// <summary>Wraps a heen-bericht in a Di01 (zender = its Afzender, the AGB) and sends it to the gateway.</summary>
    public Task<SentMessage> SendBerichtAsync(Bericht bericht, CancellationToken cancellationToken = default)
    {
        var envelope = GgkEnvelope.Create(
            bericht.Standard,
            bericht.Code,
            BerichtWriter.ToBytes(bericht),
            new GgkParty(bericht.Header.Afzender, _options.ProviderApplicatie),
            bericht.Header.Ontvanger,
            _options.Time.GetUtcNow());
        return SendEnvelopeAsync(envelope, cancellationToken);
    }

    /// <summary>Posts one envelope to the gateway and records the reply (one attempt).</summary>
    public async Task<SentMessage> SendEnvelopeAsync(GgkEnvelope envelope, CancellationToken cancellationToken = default)
    {
        var gateway = _options.GatewayUrl ?? throw new InvalidOperationException("No gateway URL configured (--gateway).");
        using var request = new HttpRequestMessage(HttpMethod.Post, gateway);
        request.Content = new ByteArrayContent(GgkSoap.ToBytes(envelope));
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(GgkSoap.ContentType);
        request.Headers.TryAddWithoutValidation("SOAPAction", "\"" + GgkNames.SoapAction(envelope.Berichtcode) + "\"");
        int status;
        string reply;
        try
        {
            using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            status = (int)response.StatusCode;
            reply = await DescribeReplyAsync(response, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            status = 0;
            reply = "unreachable: " + e.HttpRequestError;
        }

        var sent = new SentMessage(_options.Time.GetUtcNow(), envelope.Berichtcode, envelope.Functie, envelope.Referentienummer, envelope.Stuurgegevens.CrossRefnummer, status, reply);
        _traffic.Add(sent);
        return sent;
    }

    /// <summary>Called by the hub after it acknowledged an envelope from the gateway.</summary>
    internal void OnDeliveredByHub(GgkEnvelope envelope)
    {
        if (!GgkFunctie.TryParse(envelope.Stuurgegevens.Functie, out _, out var code) || code is not (MessageCode.Toewijzing or MessageCode.Antwoord))
        {
            return;
        }

        _toAnswer.Writer.TryWrite(envelope);
    }

    /// <summary>Builds the 302/320 for a received 301/319 and delivers it, retrying a few times.</summary>
    internal async Task AnswerAsync(GgkEnvelope received, CancellationToken cancellationToken)
    {
        Bericht heen;
        try
        {
            heen = BerichtReader.Read(received.Payload.ToArray());
        }
        catch (BerichtReadException)
        {
            LogUnreadable(received.Functie, received.Referentienummer);
            return;
        }

        bool reject;
        lock (_lock)
        {
            reject = _random.NextDouble() < _options.RejectFraction;
        }

        var outcome = reject ? MessageOutcome.RejectedAtLevel2() : MessageOutcome.Accepted();
        if (!reject && heen is Bericht301 toewijzing)
        {
            Remember(toewijzing);
        }

        var retour = _retours.Build(heen, outcome, heen.Header.XsdVersie);
        var envelope = GgkEnvelope.Create(
            retour.Standard,
            retour.Code,
            BerichtWriter.ToBytes(retour),
            new GgkParty(heen.Header.Ontvanger, _options.ProviderApplicatie),
            heen.Header.Afzender,
            _options.Time.GetUtcNow(),
            crossRefnummer: received.Referentienummer);
        if (_options.GatewayUrl is null)
        {
            return;
        }

        for (var attempt = 1; attempt <= _options.AnswerAttempts; attempt++)
        {
            var sent = await SendEnvelopeAsync(envelope, cancellationToken).ConfigureAwait(false);
            if (sent.HttpStatus is >= 200 and < 300 || sent.HttpStatus is >= 400 and < 500)
            {
                return;
            }

            await Task.Delay(_options.AnswerRetryDelay, _options.Time, cancellationToken).ConfigureAwait(false);
        }
    }

    private void Remember(Bericht301 toewijzing)
    {
        var c = toewijzing.Client;
        var client = new SampleClient(
            c.Bsn,
            c.Geboortedatum.Datum,
            c.Geslacht,
            c.Naam.Geslachtsnaam.Voorvoegsel is { } vv ? vv + " " + c.Naam.Geslachtsnaam.Naam : c.Naam.Geslachtsnaam.Naam,
            c.Naam.Voorletters ?? "X",
            toewijzing.Header.Afzender,
            toewijzing.Standard);
        lock (_lock)
        {
            foreach (var p in c.ToegewezenProducten)
            {
                _toewijzingen.RemoveAll(t => t.ToewijzingNummer == p.ToewijzingNummer && t.Gemeente == client.Gemeente);
                if (p.Product is not null)
                {
                    _toewijzingen.Add(new KnownToewijzing(toewijzing.Standard, client.Gemeente, toewijzing.Header.Ontvanger, client, p.ToewijzingNummer, p.Product, p.Ingangsdatum, p.Einddatum, p.Omvang));
                }
            }
        }
    }

    private Bericht Build(MessageCode code)
    {
        lock (_lock)
        {
            return code switch
            {
                MessageCode.Start => Messages.Start(PickToewijzing()),
                MessageCode.Stop => Messages.Stop(PickToewijzing()),
                MessageCode.VerzoekOmToewijzing => Messages.VerzoekOmToewijzing(Region.Clients[_random.Next(Region.Clients.Count)], Region.Aanbieders[_random.Next(Region.Aanbieders.Count)].Agb),
                MessageCode.VerzoekOmWijziging => Messages.VerzoekOmWijziging(PickToewijzing()),
                MessageCode.Declaratie => Messages.Declaratie(DeclaratieToewijzingen(), _random),
                _ => throw new ArgumentOutOfRangeException(nameof(code), code, "provider software sends 305, 307, 315, 317 and 323 only"),
            };
        }
    }

    /// <summary>A message of this type that the ledger will find coherent, remembered as sent; null when none fits now.</summary>
    private Bericht? BuildCoherent(MessageCode code, Func<KnownToewijzing, DateOnly, long?>? tarief = null)
    {
        switch (code)
        {
            case MessageCode.Start when Pick(t => !_started.Contains(Key(t))) is { } t:
                _started.Add(Key(t));
                return Messages.Start(t);
            case MessageCode.Stop when Pick(t => _started.Contains(Key(t)) && _stopped.Add(Key(t))) is { } t:
                return Messages.Stop(t);
            case MessageCode.VerzoekOmWijziging when Pick(t => !_requested.Contains(t.Client.Bsn) && t.Omvang is not null) is { } t:
                _requested.Add(t.Client.Bsn);
                return Messages.VerzoekOmWijziging(t, [.. _toewijzingen.Where(o => SameClientAndParties(o, t) && o.ToewijzingNummer != t.ToewijzingNummer)]);
            case MessageCode.Declaratie when Pick(t => Undeclared(t).Any()) is { } t:
                var month = Undeclared(t).First();
                var batch = _toewijzingen.Where(o => o == t || (SameParties(o, t) && Undeclared(o).Contains(month))).Take(5).ToList();
                batch.ForEach(o => _declared.Add((Key(o), month)));
                return Messages.Declaratie(batch, _random, month, tarief ?? _options.ContractTarief);
            case MessageCode.VerzoekOmToewijzing:
                var clients = Region.Clients.Where(c => !_requested.Contains(c.Bsn)).ToList();
                if (clients.Count == 0)
                {
                    return null;
                }

                var client = clients[_random.Next(clients.Count)];
                _requested.Add(client.Bsn);
                return Messages.VerzoekOmToewijzing(client, Region.Aanbieders[_random.Next(Region.Aanbieders.Count)].Agb);
            default:
                return null;
        }
    }

    private KnownToewijzing? Pick(Func<KnownToewijzing, bool> fits)
    {
        var candidates = _toewijzingen.Where(fits).ToList();
        return candidates.Count == 0 ? null : candidates[_random.Next(candidates.Count)];
    }

    private IEnumerable<DateOnly> Undeclared(KnownToewijzing t) => Messages.DeclarableMonths(t).Where(m => !_declared.Contains((Key(t), m)));

    private static (string Gemeente, long Nummer) Key(KnownToewijzing t) => (t.Gemeente, t.ToewijzingNummer);

    private static bool SameParties(KnownToewijzing a, KnownToewijzing b) => a.Gemeente == b.Gemeente && a.Agb == b.Agb && a.Standard == b.Standard;

    private static bool SameClientAndParties(KnownToewijzing a, KnownToewijzing b) => SameParties(a, b) && a.Client.Bsn == b.Client.Bsn;

    private KnownToewijzing PickToewijzing()
    {
        if (_toewijzingen.Count > 0)
        {
            return _toewijzingen[_random.Next(_toewijzingen.Count)];
        }

        var client = Region.Clients[_random.Next(Region.Clients.Count)];
        var agb = Region.Aanbieders[_random.Next(Region.Aanbieders.Count)].Agb;
        return Messages.MadeUpToewijzing(client, agb, ++_madeUpNummer);
    }

    private List<KnownToewijzing> DeclaratieToewijzingen()
    {
        var first = PickToewijzing();
        var same = _toewijzingen
            .Where(t => t.Gemeente == first.Gemeente && t.Agb == first.Agb && t.Standard == first.Standard && t.ToewijzingNummer != first.ToewijzingNummer)
            .Take(4);
        return [first, .. same];
    }

    private static async Task<string> DescribeReplyAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            var stream = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                return await GgkSoap.ReadAsync(stream, cancellationToken: ct).ConfigureAwait(false) switch
                {
                    GgkFoutbericht f => "Fo01 " + f.Code,
                    Fo03 f => "Fo03 " + f.Code,
                    var m => m.Berichtcode.ToString(),
                };
            }
        }
        catch (GgkEnvelopeException)
        {
            return "HTTP " + (int)response.StatusCode;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Provider could not read the payload of {Functie} {Referentienummer}; not answered")]
    private partial void LogUnreadable(string functie, string referentienummer);

    /// <summary>IdentificatieRetour values of the provider's retours.</summary>
    private sealed class RetourIdentificaties : IIdentificatieGenerator
    {
        private readonly string _prefix = "R" + ProviderMessageFactory.NewRunPrefix();
        private long _next;

        public string Next(MessageCode message) =>
            _prefix + Interlocked.Increment(ref _next).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
    }
}
