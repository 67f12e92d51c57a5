using System.Diagnostics;
using System.Globalization;
using Gateway.Bench.Figures.Store;
using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Declaraties;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Store;

namespace Gateway.Bench.Figures.Generate;

/// <summary>
/// Sends the planned year through the gateway in time order, moving its clock to each message's moment: 301s and 319s
/// from the back offices through the <see cref="OutboundSubmitter"/> (each queued 301 answered by the provider's 302),
/// everything else from the hub through the <see cref="InboundProcessor"/>. Every outcome is tallied; each 325 is read
/// back to see which prestaties it rejected. The region holds every 325 that rejects something for its back office
/// (<see cref="AntwoordBeleid.HoldRejectedLines"/>), which releases it after 1–14 working days (10 % after the standard's
/// 10), so the 323 → 325 lead times are not all zero.
/// </summary>
internal sealed class YearTraffic(BenchGateway gateway, Random random, TextWriter log)
{
    /// <summary>Held 325s released later than the standard's 10 working days.</summary>
    public const double LaatVrijgegeven = 0.10;

    private static readonly XsdVersie ProviderXsd = new("1.0.0", "1.0.0");

    private readonly GenerationTally _tally = new();
    private readonly PriorityQueue<long, DateTimeOffset> _releases = new();
    private long _envelope;

    public async Task<GenerationTally> RunAsync(IReadOnlyList<ScheduledMessage> schedule)
    {
        var retours = new RetourBuilder(gateway.Clock, new ProviderIdentificaties());
        var watch = Stopwatch.StartNew();
        var month = -1;
        for (var i = 0; i < schedule.Count; i++)
        {
            var message = schedule[i];
            if (message.At.Month != month)
            {
                month = message.At.Month;
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {message.At:yyyy-MM}: {i:N0}/{schedule.Count:N0} planned messages sent, {_tally.Total:N0} through the gateway, {watch.Elapsed.TotalSeconds:F0} s"));
            }

            await ReleaseHeldAsync(message.At);
            gateway.Clock.MoveTo(message.At);
            var bericht = message.Build();
            var code = ((int)bericht.Code).ToString(CultureInfo.InvariantCulture);
            if (bericht.Code is MessageCode.Toewijzing or MessageCode.Antwoord)
            {
                var receipt = await gateway.Outbound.SubmitAsync(new OutboundSubmission(BerichtWriter.ToBytes(bericht), message.Gemeente, "bench"));
                _tally.Count(code, receipt.Queued ? "queued" : "refused");
                if (!receipt.Queued)
                {
                    _tally.Surprise($"{code} refused: {receipt.Reason} {string.Join(' ', receipt.Issues.Select(i => $"{i.Code}/{i.RetourCode}@{i.Path}"))}");
                }
                else if (bericht is Bericht301 toewijzing)
                {
                    var retour = await ReceiveAsync(retours.Build(toewijzing, MessageOutcome.Accepted(), ProviderXsd));
                    _tally.Count("302", retour.Disposition == InboundDisposition.AnswerReceived ? "correlated" : retour.Disposition.ToString().ToLowerInvariant());
                }

                continue;
            }

            var inbound = await ReceiveAsync(bericht);
            _tally.Count(code, inbound.Disposition.ToString().ToLowerInvariant());
            if (bericht is Bericht323 declaratie)
            {
                await CheckAnswerAsync(declaratie, inbound, message.Expected);
                await PlanReleaseAsync(inbound);
            }
            else if (inbound.Disposition != InboundDisposition.Accepted)
            {
                _tally.Surprise($"{code} {inbound.Disposition}: {string.Join(',', inbound.RetourCodes)} {await AnswerCodesAsync(inbound)}");
            }
        }

        await ReleaseHeldAsync(DateTimeOffset.MaxValue);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  done: {_tally.Total:N0} messages through the gateway in {watch.Elapsed.TotalSeconds:F0} s"));
        return _tally;
    }

    /// <summary>The back offices release the held 325s that are due before <paramref name="until"/>.</summary>
    private async Task ReleaseHeldAsync(DateTimeOffset until)
    {
        while (_releases.TryPeek(out var answer, out var at) && at <= until)
        {
            _releases.Dequeue();
            gateway.Clock.MoveTo(at);
            var decision = await gateway.HeldAnswers.ReleaseAsync(answer, "bench-backoffice");
            if (decision.Kind == HeldAnswerDecisionKind.Done)
            {
                _tally.AnswersReleased++;
            }
            else
            {
                _tally.Surprise($"325 {answer} not released: {decision.Message}");
            }
        }
    }

    /// <summary>When the 325 of a 323 was held, plans its release by the back office.</summary>
    private async Task PlanReleaseAsync(InboundReceipt receipt)
    {
        if (receipt.AnswerMessageId is not { } answer || await gateway.Store.GetMessageAsync(answer) is not { State: MessageState.Held })
        {
            return;
        }

        _tally.AnswersHeld++;
        var days = random.NextDouble() < LaatVrijgegeven ? 11 + random.Next(4) : 1 + random.Next(8);
        // Office hours in UTC: the same date as in the Netherlands.
        var received = DateOnly.FromDateTime(gateway.Clock.GetUtcNow().UtcDateTime);
        _releases.Enqueue(answer, Clock.At(WorkingDays.Add(received, days), 11, random.Next(60)));
    }

    private Task<InboundReceipt> ReceiveAsync(Bericht bericht) =>
        gateway.Inbound.ProcessAsync(new InboundMessage(BerichtWriter.ToBytes(bericht), new EnvelopeReference("hub", string.Create(CultureInfo.InvariantCulture, $"ENV{++_envelope:D10}"))));

    /// <summary>Reads the 325 and counts each prestatie as granted or rejected against what the plan meant.</summary>
    private async Task CheckAnswerAsync(Bericht323 declaratie, InboundReceipt receipt, IReadOnlySet<string> expected)
    {
        var answer = receipt.AnswerMessageId is { } id && await gateway.Store.ReadPayloadAsync(id) is { } bytes ? BerichtReader.Read(bytes) as Bericht325 : null;
        var antwoord = answer?.DeclaratieAntwoord;
        var rejected = new Dictionary<string, string>(StringComparer.Ordinal);
        if (antwoord is null || antwoord.RetourCodes.Any(c => c is not ("8001" or RetourCodes.GeenOpmerking)))
        {
            // Refused as a whole: every prestatie carries the declaration's codes.
            var codes = string.Join(',', antwoord?.RetourCodes ?? answer?.Header.RetourCodes ?? receipt.RetourCodes);
            _tally.Surprise($"323 refused as a whole: {receipt.Disposition} {codes}");
            foreach (var prestatie in declaratie.Declaratie.Clienten.SelectMany(c => c.Prestaties))
            {
                rejected[prestatie.ProductReferentie.ReferentieNummer] = codes;
            }
        }
        else
        {
            foreach (var client in antwoord.Clienten ?? [])
            {
                var clientCodes = client.RetourCodes.Where(c => c != RetourCodes.GeenOpmerking).ToList();
                foreach (var prestatie in client.Prestaties)
                {
                    var codes = prestatie.RetourCodes.Where(c => c != RetourCodes.GeenOpmerking).Concat(clientCodes).ToList();
                    if (codes.Count > 0)
                    {
                        rejected[prestatie.ProductReferentie.ReferentieNummer] = string.Join(',', codes);
                    }
                }
            }
        }

        foreach (var prestatie in declaratie.Declaratie.Clienten.SelectMany(c => c.Prestaties))
        {
            var referentie = prestatie.ProductReferentie.ReferentieNummer;
            var meant = expected.Contains(referentie);
            if (rejected.TryGetValue(referentie, out var codes))
            {
                if (meant)
                {
                    _tally.PrestatiesRejectedAsPlanned++;
                    GenerationTally.Add(_tally.PlannedRejections, codes);
                }
                else
                {
                    GenerationTally.Add(_tally.UnexpectedRejections, codes);
                }
            }
            else if (meant)
            {
                _tally.PrestatiesPlannedButGranted++;
            }
            else
            {
                _tally.PrestatiesGranted++;
            }
        }
    }

    private async Task<string> AnswerCodesAsync(InboundReceipt receipt)
    {
        if (receipt.AnswerMessageId is not { } id || await gateway.Store.ReadPayloadAsync(id) is not { } bytes)
        {
            return "";
        }

        return string.Join(' ', ClassPaths.Of(BerichtReader.Read(bytes))
            .Select(c => (c.Path, Codes: c.Record is IMessageClass m ? [.. m.RetourCodes.Where(r => r != RetourCodes.GeenOpmerking)] : new List<string>()))
            .Where(c => c.Codes.Count > 0)
            .Select(c => $"{string.Join(',', c.Codes)}@{c.Path}"));
    }
}
