using System.Globalization;
using Gateway.Host.Cli.Texts;
using Gateway.Host.Contracts;
using Gateway.Host.Operators;
using Gateway.HubSimulator;
using Gateway.Messages.Answers;
using Gateway.Messages.Envelopes.Ggk;
using Gateway.Routing.Obligations;
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
    DemoDeadLetter? Practise,
    int StillQueued,
    ContractRegisterFigures? Register,
    IReadOnlyDictionary<string, long> RuleRejections,
    CeilingOutcomes Ceilings,
    IReadOnlyList<CeilingView> CeilingUsage,
    IReadOnlyList<HeldAnswerView> StillHeld,
    IReadOnlyList<Deadline> Obligations,
    FreezeOutcomes Freeze)
{
    public static async Task<DemoSummary> CollectAsync(IMessageStore store, HubSimulatorHandle simulator, BackOfficeSink sink, IEnumerable<string> inboxes, ContractRegisterFigures? register, DeclaratieAntwoordQueries? declaraties, Deadlines? deadlines, CancellationToken ct)
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
            (await store.ListDeliveriesAsync(new DeliveryQuery(DeliveryState.DeadLettered, Limit: 1), ct)) is [var dead, ..] ? new DemoDeadLetter(dead.Id, dead.Destination.Value, dead.LastError) : null,
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
            declaraties is null ? [] : await declaraties.HeldAsync(demo, ct),
            deadlines is null ? [] : await deadlines.ListAsync(cancellationToken: ct),
            await FreezeOutcomes.CollectAsync(store, ct));
    }

    /// <summary>The summary in the user's language: counts with what they mean, amounts in euros, ISO dates, names beside codes.</summary>
    public void WriteTo(TextWriter output, TextCatalogue texts, CodeNames names)
    {
        void Count(string label, long count, string? why = null) =>
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {label.PadRight(texts.SummaryLabelWidth)}{count,8}{(why is null ? "" : "  (" + why + ")")}"));

        output.WriteLine(texts.SummaryTitle);
        Count(texts.SummaryReceivedFromHub, ReceivedFromHub);
        Count(texts.SummarySubmittedByBackOffices, SubmittedByBackOffices);
        Count(texts.SummaryAccepted, Accepted);
        Count(texts.SummaryRejected, Rejected);
        output.WriteLine("  " + texts.SummaryAnswersPerRetourcode);
        foreach (var (code, count) in AnswersPerRetourCode.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    retourcode {code,-4}           {count,8}  {Meaning(code, texts)}"));
        }

        Count(texts.SummaryDuplicates, Duplicates);
        Count(texts.SummarySendersRefused, SendersRefused);
        Count(texts.SummaryAnswersToHub, AnswersToHub);
        Count(texts.SummaryRefusedBeforeRouting, TransportErrorsToHub, texts.SummaryRefusedBeforeRoutingWhy);
        Count(texts.SummaryHeenToHub, HeenToHub);
        Count(texts.SummaryRoutedOverHttp, RoutedOverHttp);
        Count(texts.SummaryRoutedToDirectories, RoutedToDirectories);
        Count(texts.SummaryRetried, Retried);
        Count(texts.SummaryDeadLettered, DeadLettered);
        if (Practise is { } dead)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {texts.Pick("om replay te oefenen", "to practise replay")}: {texts.Pick("levering", "delivery")} {dead.DeliveryId} → {dead.Destination} ({dead.Reason}): `gateway queue replay {dead.DeliveryId}`"));
        }

        Count(texts.SummaryStillQueued, StillQueued);
        output.WriteLine("  " + TextCatalogue.Say(texts.SummaryFreeze, Freeze.Held, Freeze.Released, Freeze.DeadLettered));

        output.WriteLine(texts.SummaryContractsTitle);
        var register = Register is { } r
            ? TextCatalogue.Say(texts.SummaryRegisterFigures, r.Contracts, r.Inspanningsgericht, r.Outputgericht, r.Taakgericht, r.Ceilings, r.WarnCeilings, r.HoldCeilings)
            : texts.SummaryNotConfigured;
        output.WriteLine($"  {texts.SummaryContractRegister.PadRight(texts.SummaryLabelWidth)}{register}");
        output.WriteLine("  " + texts.SummaryRuleRejections);
        if (RuleRejections.Count == 0)
        {
            output.WriteLine("    " + texts.SummaryNone);
        }

        foreach (var (rule, count) in RuleRejections.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            // "TR418 0611": the rule, then the retourcode it answers with.
            var code = rule.Split(' ')[^1];
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {rule,-24} {count,8}  {Meaning(code, texts)}"));
        }

        Count(texts.SummaryThresholdsReached, Ceilings.ThresholdsReached);
        Count(texts.SummaryHeld, Ceilings.Held);
        Count(texts.SummaryReleased, Ceilings.Released);
        Count(texts.SummaryReplaced, Ceilings.Replaced);
        output.WriteLine("  " + texts.SummaryCeilings);
        foreach (var ceiling in CeilingUsage)
        {
            var reached = ceiling.DrempelsBereikt.Count == 0 ? texts.SummaryNone : string.Join(", ", ceiling.DrempelsBereikt.Select(d => string.Create(CultureInfo.InvariantCulture, $"{d} %")));
            var usage = TextCatalogue.Say(texts.SummaryCeilingLine, texts.Amount(ceiling.Used).PadLeft(14), texts.Amount(ceiling.Bedrag).PadLeft(14), ceiling.Percent, reached);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {ceiling.Id,-24} {ceiling.Beleid,-4} {ceiling.Jaar} {usage}"));
        }

        Count(texts.SummaryStillWaiting, StillHeld.Count);
        foreach (var held in StillHeld)
        {
            output.WriteLine("    " + TextCatalogue.Say(
                texts.SummaryHeldLine, held.MessageId, names.Gemeente(held.Gemeente), names.Aanbieder(held.Aanbieder), held.DeclaratieNummer, TextCatalogue.Date(held.Deadline), held.WorkingDaysLeft));
        }

        WriteObligations(output, texts);
    }

    /// <summary>Open obligations per kind and owner, with how many are overdue (`gateway deadlines` lists them).</summary>
    private void WriteObligations(TextWriter output, TextCatalogue texts)
    {
        var overdue = Obligations.Count(d => d.State == ObligationState.Overdue);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {texts.Pick("Open verplichtingen (termijnen, `gateway deadlines`)", "Open obligations (deadlines, `gateway deadlines`)"),-52} {Obligations.Count,8}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {texts.Pick("  waarvan over de termijn", "  of which overdue"),-52} {overdue,8}"));
        foreach (var group in Obligations.GroupBy(d => (d.Obligation.Kind, d.Obligation.Owner)).OrderBy(g => g.Key.Kind).ThenBy(g => g.Key.Owner))
        {
            var owner = group.Key.Owner == ObligationOwner.Region ? texts.Pick("regio", "region") : texts.Pick("aanbieder", "provider");
            var late = group.Count(d => d.State == ObligationState.Overdue);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {group.Key.Kind,-26} {owner,-10} {group.Count(),8}  {texts.Pick("over de termijn", "overdue")} {late}"));
        }
    }

    /// <summary>What a retourcode means, in the user's language; empty for a code the catalogue does not know.</summary>
    private static string Meaning(string code, TextCatalogue texts) =>
        RetourCodeCatalogue.Find(code) is { } info ? texts.Pick(info.MeaningNl, info.MeaningEn) : "";
}
