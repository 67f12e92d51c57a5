using System.Globalization;
using Gateway.Host.Region;
using Gateway.HubSimulator;
using Gateway.Messages.Standards;
using Gateway.Routing.Region;

namespace Gateway.Host.Demo;

/// <summary>
/// One tick of the demo's traffic. Mostly what a healthy region sees — providers starting, stopping, declaring and
/// asking for the toewijzingen the back offices sent; back offices allocating (iJw and iWmo) and answering the requests
/// they received — and, on fixed ticks, what goes wrong: an unreadable and a rule-breaking message, a resend, a
/// declaration off the contract tariff (TR418), a request for a taakgericht product (CT03), a 301 for a product the
/// provider has no contract for (CT01, refused before sending), a taakgericht start without ToewijzingNummer that
/// the contract agrees, and two forged senders (a made-up envelope zender, and a provider sending as another). Every tenth tick the back offices decide on the 325s held by a hold ceiling (release or replace).
/// </summary>
internal sealed class DemoTraffic(HubSimulatorHandle simulator, BackOfficeClient backOffice, RegionOptions region, BackOfficeMessages documents, DemoContracts contracts, BackOfficeSink sink)
{
    private readonly Random _random = new(7);

    // Its own sequence, so the forged senders leave the rest of the traffic as it was.
    private readonly Random _forger = new(11);
    private readonly HashSet<string> _answered = new(StringComparer.Ordinal);
    private readonly HashSet<string> _allocated = new(StringComparer.Ordinal);
    private readonly HashSet<long> _seenHeld = [];

    public async Task TickAsync(int tick, CancellationToken ct)
    {
        // Besides the tick's traffic: a made-up zender (Fo03) and a provider sending as another (Fo01), refused by the sender map.
        if (tick % 25 == 2)
        {
            await ProviderMischief.SendForgedZenderAsync(simulator, _forger, ct);
        }
        else if (tick % 25 == 3)
        {
            await ProviderMischief.SendForgedAfzenderAsync(simulator, _forger, ct);
        }

        switch (tick % 25)
        {
            case 5:
                await ProviderMischief.SendUnreadableAsync(simulator, _random, ct);
                break;
            case 8:
                await ProviderMischief.SendOffTariffAsync(simulator, contracts, ct);
                break;
            case 12:
                await ProviderMischief.SendRuleBreakAsync(simulator, _random, ct);
                break;
            case 15 when tick % 50 == 15:
                await ProviderMischief.SendTaakgerichtStartAsync(simulator, contracts, ct);
                break;
            case 18 when ProviderMischief.ValidStart(simulator, TimeProvider.System) is { } resent:
                await simulator.Provider.SendEnvelopeAsync(resent, ct);
                await simulator.Provider.SendEnvelopeAsync(resent, ct);
                break;
            case 21 when tick % 50 == 46:
                await ProviderMischief.SendTaakgerichtVerzoekAsync(simulator, contracts, ct);
                break;
            default:
                await simulator.Provider.SendRandomAsync(ct);
                break;
        }

        if (tick % 8 == 3)
        {
            await BackOfficeAsync(tick, ct);
        }

        if (tick % 10 == 9)
        {
            await DecideOnHeldAsync(ct);
        }
    }

    /// <summary>
    /// The providers close the run: they declare the care of every toewijzing not declared yet (at most
    /// <paramref name="limit"/> 323s). Returns how many they sent.
    /// </summary>
    public async Task<int> DeclareRemainingAsync(int limit, CancellationToken ct)
    {
        var sent = 0;
        while (sent < limit && simulator.Provider.TryBuild(MessageCode.Declaratie, contracts.Tarief) is { } declaratie)
        {
            await simulator.Provider.SendBerichtAsync(declaratie, ct);
            sent++;
        }

        return sent;
    }

    /// <summary>
    /// The back offices' round on held 325s, over the back-office API. Of every three held 325s they see, they release
    /// the first, replace the second with their own 325 (one prestatie refused for the ceiling, the rest granted, sent
    /// through the back-office message API) and leave the third waiting for a decision after the run (its deadline
    /// shows in the summary). A 325 is replaced only once the back office has the 323 it answers; until then it is
    /// left for the next round. Returns how many were so left.
    /// </summary>
    public async Task<int> DecideOnHeldAsync(CancellationToken ct)
    {
        var undecided = 0;
        foreach (var gemeente in region.Gemeenten)
        {
            var apiKey = gemeente.BackOffice.ApiKey!;
            foreach (var held in await backOffice.HeldAsync(gemeente.Code, apiKey, ct))
            {
                if (_seenHeld.Contains(held.MessageId))
                {
                    continue;
                }

                switch (_seenHeld.Count % 3)
                {
                    case 0:
                        await backOffice.ReleaseAsync(gemeente.Code, apiKey, held.MessageId, ct);
                        break;
                    case 1 when ReceivedDeclaratie(gemeente, held.DeclaratieMessageId) is { } declaratie:
                        await backOffice.SubmitAsync(gemeente.Code, apiKey, documents.VervangendAntwoord(declaratie), ct);
                        break;
                    case 1:
                        undecided++;
                        continue;
                }

                _seenHeld.Add(held.MessageId);
            }
        }

        return undecided;
    }

    /// <summary>The 323 with this message id as the gemeente's back office received it (over HTTP or in its inbox); null while not delivered.</summary>
    private byte[]? ReceivedDeclaratie(GemeenteOptions gemeente, long messageId)
    {
        if (gemeente.BackOffice.Kind != BackOfficeKind.Directory)
        {
            return sink.Received.FirstOrDefault(r => r.MessageId == messageId)?.Payload;
        }

        var inbox = gemeente.BackOffice.InboxPath!;
        return Directory.Exists(inbox) && Directory.GetFiles(inbox, string.Create(CultureInfo.InvariantCulture, $"{messageId}-*.xml")) is [var file, ..]
            ? File.ReadAllBytes(file)
            : null;
    }

    private async Task BackOfficeAsync(int tick, CancellationToken ct)
    {
        var gemeente = region.Gemeenten[tick / 8 % region.Gemeenten.Count];
        var agbs = simulator.Provider.Region.Aanbieders;
        var agb = agbs[_random.Next(agbs.Count)].Agb;
        // One toewijzing per client: a second one in flight while the provider asks a 317 for the first would rightly fail TR349.
        var candidates = simulator.Provider.Region.Clients.Where(c => c.Gemeente == gemeente.Code && !_allocated.Contains(c.Bsn)).ToArray();
        var client = candidates.Length > 0 ? candidates[_random.Next(candidates.Length)] : simulator.Provider.Region.Clients[_random.Next(simulator.Provider.Region.Clients.Count)];
        _allocated.Add(client.Bsn);
        var document = tick % 40 == 11 ? documents.UncontractedToewijzing(gemeente.Code, agb, client.Bsn)
            : tick % 24 == 3 && NextAnswer() is { } antwoord ? antwoord
            : documents.Toewijzing(gemeente.Code, agb, client.Bsn, client.Standard);
        var sender = region.Gemeenten.First(g => g.Code == Gemeentecode(document, gemeente.Code));
        if (sender.BackOffice.Kind == BackOfficeKind.Directory)
        {
            backOffice.Drop(sender.BackOffice.OutboxPath!, document);
        }
        else
        {
            await backOffice.SubmitAsync(sender.Code, sender.BackOffice.ApiKey!, document, ct);
        }
    }

    /// <summary>A 319 for an iJw 315 a back office received and did not answer yet (over HTTP or in its inbox).</summary>
    private byte[]? NextAnswer()
    {
        var received = sink.Received.Where(r => r.MessageCode == "315").Select(r => r.Payload)
            .Concat(region.Gemeenten.Where(g => g.BackOffice.Kind == BackOfficeKind.Directory && Directory.Exists(g.BackOffice.InboxPath))
                .SelectMany(g => Directory.GetFiles(g.BackOffice.InboxPath!, "*-jw315.xml")).Select(File.ReadAllBytes));
        foreach (var verzoek in received)
        {
            if (documents.AntwoordOp(verzoek) is { } antwoord && _answered.Add(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(verzoek))))
            {
                return antwoord;
            }
        }

        return null;
    }

    /// <summary>The gemeente that sends the document (its Afzender): a 319 answers where the 315 came in.</summary>
    private static string Gemeentecode(byte[] document, string fallback)
    {
        var text = System.Text.Encoding.UTF8.GetString(document);
        var at = text.IndexOf(":Afzender>", StringComparison.Ordinal);
        return at < 0 ? fallback : text.Substring(at + ":Afzender>".Length, 4);
    }
}
