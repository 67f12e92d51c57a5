using System.Globalization;
using Gateway.Host.Contracts;
using Gateway.Host.Operators;
using Gateway.HubSimulator;
using Gateway.Messages.Envelopes.Ggk;
using Gateway.Routing.Store;

namespace Gateway.Host.Demo;

/// <summary>What a demo run did, from the store's counters, the hub's traffic, the back offices and the contract register.</summary>
internal sealed record DemoSummary(
    long ReceivedFromHub,
    long SubmittedByBackOffices,
    long Accepted,
    long Rejected,
    IReadOnlyDictionary<string, long> AnswersPerRetourCode,
    long Duplicates,
    long SendersRefused,
    int AnswersToHub,
    int TransportErrorsToHub,
    int HeenToHub,
    int RoutedOverHttp,
    int RoutedToDirectories,
    long Retried,
    long DeadLettered,
    int StillQueued,
    ContractRegisterFigures? Register,
    IReadOnlyDictionary<string, long> RuleRejections,
    CeilingOutcomes Ceilings,
    IReadOnlyList<CeilingView> CeilingUsage,
    IReadOnlyList<HeldAnswerView> StillHeld)
{
    public static async Task<DemoSummary> CollectAsync(IMessageStore store, HubSimulatorHandle simulator, BackOfficeSink sink, IEnumerable<string> inboxes, ContractRegisterFigures? register, DeclaratieAntwoordQueries? declaraties, CancellationToken ct)
    {
        var demo = OperatorAccount.CommandLine("demo");
        var counters = await store.GetCountersAsync(ct);
        var depth = await store.GetQueueDepthAsync(ct);
        var hub = simulator.Traffic.Received.Where(r => r.Accepted).ToList();
        long Events(string type) => counters.EventsByType.GetValueOrDefault(type);
        return new DemoSummary(
            Events(MessageEventTypes.MessageReceived),
            Events(MessageEventTypes.MessageSubmitted),
            Events(MessageEventTypes.MessageAccepted),
            Events(MessageEventTypes.MessageRejected),
            counters.AnswersByRetourCode,
            Events(MessageEventTypes.DuplicateReceived),
            Events(MessageEventTypes.SenderRefused),
            hub.Count(r => r.Berichtcode == GgkBerichtcode.Du01),
            hub.Count(r => r.Berichtcode == GgkBerichtcode.Fo01),
            hub.Count(r => r.Berichtcode == GgkBerichtcode.Di01),
            sink.Received.Count,
            inboxes.Where(Directory.Exists).Sum(d => Directory.GetFiles(d, "*.xml").Length),
            Events(MessageEventTypes.DeliveryFailed),
            Events(MessageEventTypes.MessageDeadLettered),
            depth.Where(d => d.State is DeliveryState.Pending or DeliveryState.Sending).Sum(d => d.Count),
            register,
            counters.RuleRejections,
            // A held, released or replaced 325 records its event twice: on the 325 and on the 323 it answers.
            new CeilingOutcomes(
                Events(MessageEventTypes.CeilingThresholdReached),
                Events(MessageEventTypes.AnswerHeld) / 2,
                Events(MessageEventTypes.AnswerReleased) / 2,
                Events(MessageEventTypes.AnswerReplaced) / 2),
            declaraties is null ? [] : await declaraties.CeilingsAsync(demo, ct),
            declaraties is null ? [] : await declaraties.HeldAsync(demo, ct));
    }

    public void WriteTo(TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine("Demo summary");
        output.WriteLine(string.Create(c, $"  received from the hub        {ReceivedFromHub,8}"));
        output.WriteLine(string.Create(c, $"  submitted by back offices    {SubmittedByBackOffices,8}"));
        output.WriteLine(string.Create(c, $"  accepted                     {Accepted,8}"));
        output.WriteLine(string.Create(c, $"  rejected                     {Rejected,8}"));
        output.WriteLine("  answers sent, per retourcode (one answer counts under each code it carries)");
        foreach (var (code, count) in AnswersPerRetourCode.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(c, $"    retourcode {code}           {count,8}"));
        }

        output.WriteLine(string.Create(c, $"  duplicates (stored answer)   {Duplicates,8}"));
        output.WriteLine(string.Create(c, $"  refused senders (Fo03/Fo01)  {SendersRefused,8}"));
        output.WriteLine(string.Create(c, $"  answered to the hub (Du01)   {AnswersToHub,8}"));
        output.WriteLine(string.Create(c, $"  Fo01 StUF055 to the hub      {TransportErrorsToHub,8}"));
        output.WriteLine(string.Create(c, $"  sent to the hub (Di01)       {HeenToHub,8}"));
        output.WriteLine(string.Create(c, $"  routed to HTTP back offices  {RoutedOverHttp,8}"));
        output.WriteLine(string.Create(c, $"  routed to directory inboxes  {RoutedToDirectories,8}"));
        output.WriteLine(string.Create(c, $"  retried attempts             {Retried,8}"));
        output.WriteLine(string.Create(c, $"  dead-lettered                {DeadLettered,8}"));
        output.WriteLine(string.Create(c, $"  still queued                 {StillQueued,8}"));

        output.WriteLine("Contracts and ceilings");
        output.WriteLine("  contract register            " + (Register?.ToString() ?? "not configured"));
        output.WriteLine("  level-3/4 rejections per rule and retourcode");
        if (RuleRejections.Count == 0)
        {
            output.WriteLine("    none");
        }

        foreach (var (rule, count) in RuleRejections.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(c, $"    {rule,-24} {count,8}"));
        }

        output.WriteLine(string.Create(c, $"  ceiling thresholds reached   {Ceilings.ThresholdsReached,8}"));
        output.WriteLine(string.Create(c, $"  325s held for the back office{Ceilings.Held,8}"));
        output.WriteLine(string.Create(c, $"  held 325s released           {Ceilings.Released,8}"));
        output.WriteLine(string.Create(c, $"  held 325s replaced           {Ceilings.Replaced,8}"));
        output.WriteLine("  ceilings: beleid, year, used of bedrag (euros), thresholds reached");
        foreach (var ceiling in CeilingUsage)
        {
            var reached = ceiling.DrempelsBereikt.Count == 0 ? "none" : string.Join(", ", ceiling.DrempelsBereikt.Select(d => string.Create(c, $"{d} %")));
            output.WriteLine(string.Create(c, $"    {ceiling.Id,-24} {ceiling.Beleid,-4} {ceiling.Jaar} {Euros(ceiling.Used),14} of {Euros(ceiling.Bedrag),14} {ceiling.Percent,4} %  reached: {reached}"));
        }

        output.WriteLine(string.Create(c, $"  held 325s still waiting      {StillHeld.Count,8}"));
        foreach (var held in StillHeld)
        {
            output.WriteLine(string.Create(c, $"    325 message {held.MessageId,-6} gemeente {held.Gemeente} aanbieder {held.Aanbieder} declaratie {held.DeclaratieNummer} deadline {held.Deadline:yyyy-MM-dd} ({held.WorkingDaysLeft} working days)"));
        }
    }

    /// <summary>Eurocents as "EUR 1,234.56" (invariant digits; credit negative).</summary>
    private static string Euros(long eurocents) => string.Create(CultureInfo.InvariantCulture, $"EUR {eurocents / 100m:N2}");
}

/// <summary>Ceiling signals and held 325s, counted from their events.</summary>
internal sealed record CeilingOutcomes(long ThresholdsReached, long Held, long Released, long Replaced);
