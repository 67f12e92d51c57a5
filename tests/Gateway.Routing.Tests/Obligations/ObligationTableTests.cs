using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Contracts;
using Gateway.Routing.Declaraties;
using Gateway.Routing.Obligations;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Tests.Declaraties;
using Gateway.Routing.Tests.Ledger;
using Gateway.Routing.Tests.Scenarios;
using Gateway.Routing.Tests.Support;
using static Gateway.Routing.Obligations.ObligationState;

namespace Gateway.Routing.Tests.Obligations;

/// <summary>
/// Each obligation of istandaarden-3.2 §5.4 opened, approaching, overdue and closed through the real pipeline on a real
/// SQLite file, with the fake clock walking over Christmas 2026 (Friday 25 December a holiday, Saturday 26 a holiday in a
/// weekend) and Nieuwjaarsdag (Friday 1 January 2027).
/// </summary>
public sealed class ObligationTableTests
{
    private static readonly DateOnly Wed23 = new(2026, 12, 23);

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    /// <summary>A Jeugdwet 315 for VOT-1 received on Wednesday 23 December, answered "in onderzoek" on <paramref name="answeredOn"/>.</summary>
    private static async Task<(TestGateway Gateway, Traffic T, ObligationProbe Probe)> InOnderzoekAsync(DateOnly answeredOn)
    {
        var gateway = await TestGateway.StartAsync(start: ObligationProbe.At(Wed23));
        var t = new Traffic(gateway, Standard.Ijw) { Today = Wed23 };
        var probe = new ObligationProbe(gateway, t);
        await t.AcceptedAsync(t.Bericht315(Traffic.Bsn, t.Aangevraagd("VOT-1")));
        probe.On(answeredOn);
        await t.SentAsync(t.Bericht319("VOT-1", "2"));
        return (gateway, t, probe);
    }

    [Fact]
    public async Task Retour_ProviderOwesForA301_DueAfterChristmasAndTheWeekend_SignalsOnceThenClosedLate()
    {
        await using var gateway = await TestGateway.StartAsync(start: ObligationProbe.At(Wed23));
        var t = new Traffic(gateway, Standard.Ijw) { Today = Wed23 };
        var probe = new ObligationProbe(gateway, t);
        var toewijzing = t.Bericht301(Traffic.Bsn, t.Toewijzing(1001));
        var sent = await t.SubmitAsync(toewijzing);
        Assert.True(sent.Queued, sent.Reason);

        var owed = await probe.OneAsync(ObligationKind.Retour);
        // Thursday 24 (1), Friday 25 Eerste Kerstdag, the weekend, Monday 28 (2), Tuesday 29 (3).
        Assert.Equal((ObligationOwner.Provider, D(2026, 12, 29), sent.MessageId, Open), (owed.Obligation.Owner, owed.Obligation.Due, owed.Obligation.OpenedBy, owed.State));
        await probe.WalkAsync(ObligationKind.Retour, null, (D(2026, 12, 24), Open), (D(2026, 12, 25), Open), (D(2026, 12, 27), Open), (D(2026, 12, 28), Approaching), (D(2026, 12, 29), Approaching), (D(2026, 12, 30), Overdue));
        Assert.Equal([ObligationEventTypes.ObligationApproaching, ObligationEventTypes.ObligationOverdue], await probe.SignalsAsync(sent.MessageId));

        var retour = new ProviderRetours(gateway.Time).Build(toewijzing, MessageOutcome.Accepted());
        var received = await gateway.ReceiveAsync(BerichtWriter.ToBytes(retour));

        Assert.Equal(InboundDisposition.AnswerReceived, received.Disposition);
        var closed = await probe.OneAsync(ObligationKind.Retour);
        Assert.Equal((Late, received.MessageId), (closed.State, closed.Obligation.ClosedBy));
        Assert.Empty(await probe.Deadlines.ListAsync());
    }

    [Fact]
    public async Task Retour_ProviderAnswersInTime_Closed()
    {
        await using var gateway = await TestGateway.StartAsync(start: ObligationProbe.At(Wed23));
        var t = new Traffic(gateway, Standard.Iwmo) { Today = Wed23 };
        var probe = new ObligationProbe(gateway, t);
        var toewijzing = t.Bericht301(Traffic.Bsn, t.Toewijzing(1001));
        await t.SentAsync(toewijzing);

        probe.On(D(2026, 12, 29));
        await gateway.ReceiveAsync(BerichtWriter.ToBytes(new ProviderRetours(gateway.Time).Build(toewijzing, MessageOutcome.Accepted())));

        Assert.Equal(Closed, await probe.StateAsync(ObligationKind.Retour));
    }

    [Fact]
    public async Task Retour_RegionOwesForA305_FulfilledByTheGatewaysOwnRetour()
    {
        await using var gateway = await TestGateway.StartAsync(start: ObligationProbe.At(Wed23));
        var t = new Traffic(gateway, Standard.Ijw) { Today = Wed23 };
        var probe = new ObligationProbe(gateway, t);

        var (receipt, _) = await t.ReceiveAsync(t.Bericht305(t.Start(1001, D(2026, 12, 21))));

        var owed = await probe.OneAsync(ObligationKind.Retour);
        Assert.Equal((ObligationOwner.Region, D(2026, 12, 29), receipt.MessageId, Closed), (owed.Obligation.Owner, owed.Obligation.Due, owed.Obligation.OpenedBy, owed.State));
    }

    [Fact]
    public async Task ToewijzingVerzoekAntwoord_PerProductOfA315_ClosedBy301And319_TheOtherGoesOverdueOverNieuwjaarsdag()
    {
        await using var gateway = await TestGateway.StartAsync(start: ObligationProbe.At(Wed23));
        var t = new Traffic(gateway, Standard.Ijw) { Today = Wed23 };
        var probe = new ObligationProbe(gateway, t);
        await t.AcceptedAsync(t.Bericht315(Traffic.Bsn, t.Aangevraagd("VOT-1"), t.Aangevraagd("VOT-2", t.OtherProduct)));

        // Thursday 24 (1), Monday 28 (2), Tuesday 29 (3), Wednesday 30 (4), Thursday 31 (5).
        Assert.Equal(D(2026, 12, 31), (await probe.OneAsync(ObligationKind.ToewijzingVerzoekAntwoord, "VOT-1")).Obligation.Due);
        Assert.Equal(ObligationOwner.Region, (await probe.OneAsync(ObligationKind.ToewijzingVerzoekAntwoord, "VOT-2")).Obligation.Owner);
        probe.On(D(2026, 12, 28));
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(1001, referentie: "VOT-1")));
        Assert.Equal(Closed, await probe.StateAsync(ObligationKind.ToewijzingVerzoekAntwoord, "VOT-1"));

        await probe.WalkAsync(ObligationKind.ToewijzingVerzoekAntwoord, "VOT-2", (D(2026, 12, 29), Open), (D(2026, 12, 30), Approaching), (D(2027, 1, 1), Overdue), (D(2027, 1, 4), Overdue));
        await t.SentAsync(t.Bericht319("VOT-2", "1", "1"));

        Assert.Equal(Late, await probe.StateAsync(ObligationKind.ToewijzingVerzoekAntwoord, "VOT-2"));
        Assert.Equal(Closed, await probe.StateAsync(ObligationKind.ToewijzingVerzoekAntwoord, "VOT-1"));
    }

    [Fact]
    public async Task WijzigingVerzoekAntwoord_OneFor317_ApproachingOverdueThenClosedLateBy301()
    {
        await using var gateway = await TestGateway.StartAsync(start: ObligationProbe.At(Wed23));
        var t = new Traffic(gateway, Standard.Iwmo) { Today = Wed23 };
        var probe = new ObligationProbe(gateway, t);
        await t.AcceptedAsync(t.Wijziging("VOW-1", 1001, D(2027, 1, 1), D(2027, 6, 30), JourneyBuilders.Omvang(8, "04")));

        Assert.Equal(D(2026, 12, 31), (await probe.OneAsync(ObligationKind.WijzigingVerzoekAntwoord, "VOW-1")).Obligation.Due);
        await probe.WalkAsync(ObligationKind.WijzigingVerzoekAntwoord, "VOW-1", (D(2026, 12, 25), Open), (D(2026, 12, 30), Approaching), (D(2027, 1, 1), Overdue));
        probe.On(D(2027, 1, 4));
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(1001, referentie: "VOW-1")));

        Assert.Equal(Late, await probe.StateAsync(ObligationKind.WijzigingVerzoekAntwoord, "VOW-1"));
    }

    [Fact]
    public async Task InOnderzoek_OpensTheFinalAnswerAndTheWoonplaatsbeginselWindow_FromTheRequestsDagtekening()
    {
        var (gateway, t, probe) = await InOnderzoekAsync(D(2026, 12, 28));
        await using var owned = gateway;

        Assert.Equal(Closed, await probe.StateAsync(ObligationKind.ToewijzingVerzoekAntwoord, "VOT-1"));
        var definitief = await probe.OneAsync(ObligationKind.DefinitiefAntwoord, "VOT-1");
        var woonplaats = await probe.OneAsync(ObligationKind.Woonplaatsbeginsel, "VOT-1");
        Assert.Equal((Wed23, D(2027, 2, 17)), (definitief.Obligation.Since, definitief.Obligation.Due)); // 8 weeks
        Assert.Equal(D(2027, 1, 6), woonplaats.Obligation.Due); // 2 weeks

        await probe.WalkAsync(ObligationKind.Woonplaatsbeginsel, "VOT-1", (D(2027, 1, 4), Open), (D(2027, 1, 5), Approaching), (D(2027, 1, 7), Overdue));
        probe.On(D(2027, 1, 8));
        var refusal = t.Bericht319("VOT-1", "1", "8");
        await t.SentAsync(refusal with { Antwoord = refusal.Antwoord with { Woonplaatsbeginsel = new Woonplaatsbeginsel { Gemeente = "0363" } } });

        Assert.Equal(Late, await probe.StateAsync(ObligationKind.Woonplaatsbeginsel, "VOT-1"));
        Assert.Equal(Closed, await probe.StateAsync(ObligationKind.DefinitiefAntwoord, "VOT-1"));
    }

    [Fact]
    public async Task DefinitiefAntwoord_EightWeeks_ApproachingOverdueThenClosedLateBy301_WoonplaatsbeginselWindowEndsNotLate()
    {
        var (gateway, t, probe) = await InOnderzoekAsync(D(2026, 12, 24));
        await using var owned = gateway;

        await probe.WalkAsync(ObligationKind.DefinitiefAntwoord, "VOT-1", (D(2027, 2, 15), Open), (D(2027, 2, 16), Approaching), (D(2027, 2, 18), Overdue));
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(1001, referentie: "VOT-1")));

        Assert.Equal(Late, await probe.StateAsync(ObligationKind.DefinitiefAntwoord, "VOT-1"));
        Assert.Equal(Closed, await probe.StateAsync(ObligationKind.Woonplaatsbeginsel, "VOT-1"));
    }

    [Fact]
    public async Task DeclaratieAntwoord_Held325_ApproachingOverdueThenClosedLateByTheRelease_Direct325Closed()
    {
        await using var region = await CeilingRegion.StartAt96PercentAsync(CeilingPolicy.Hold, AntwoordBeleid.Direct);
        var probe = new ObligationProbe(region.Gateway, region.Traffic);
        var direct = Assert.Single(await probe.Deadlines.ListAsync(includeClosed: true), d => d.Obligation.Kind == ObligationKind.DeclaratieAntwoord);
        Assert.Equal(Closed, direct.State);

        var (receipt, answer) = await region.DeclareAsync(region.Debit(3));
        var reference = receipt.MessageId.ToString(System.Globalization.CultureInfo.InvariantCulture);

        // Received Tuesday 10 November: 10 working days over two weekends.
        var held = await probe.OneAsync(ObligationKind.DeclaratieAntwoord, reference);
        Assert.Equal((ObligationOwner.Region, D(2026, 11, 24), Open), (held.Obligation.Owner, held.Obligation.Due, held.State));
        await probe.WalkAsync(ObligationKind.DeclaratieAntwoord, reference, (D(2026, 11, 21), Open), (D(2026, 11, 23), Approaching), (D(2026, 11, 25), Overdue));
        Assert.Equal([ObligationEventTypes.ObligationApproaching, ObligationEventTypes.ObligationOverdue], await probe.SignalsAsync(receipt.MessageId));
        Assert.Equal(HeldAnswerDecisionKind.Done, (await region.Held.ReleaseAsync(answer.Id, "anna")).Kind);

        Assert.Equal(Late, await probe.StateAsync(ObligationKind.DeclaratieAntwoord, reference));
    }

    [Theory]
    [InlineData(29, false)]
    [InlineData(30, true)]
    public async Task Start_305MoreThan5WorkingDaysAfterTheCareStarted_RecordedLateAndAccepted(int receivedOn, bool late)
    {
        await using var gateway = await TestGateway.StartAsync(start: ObligationProbe.At(D(2026, 12, receivedOn)));
        var t = new Traffic(gateway, Standard.Ijw) { Today = D(2026, 12, receivedOn) };
        var probe = new ObligationProbe(gateway, t);

        // Begun Monday 21 December: Tuesday 22, Wednesday 23, Thursday 24, Monday 28, Tuesday 29.
        await t.AcceptedAsync(t.Bericht305(t.Start(1001, D(2026, 12, 21))));

        var recorded = (await probe.Deadlines.ListAsync(includeClosed: true)).Where(d => d.Obligation.Kind == ObligationKind.Start).ToList();
        Assert.Equal(late ? 1 : 0, recorded.Count);
        if (late)
        {
            Assert.Equal((Late, ObligationOwner.Provider, D(2026, 12, 29)), (recorded[0].State, recorded[0].Obligation.Owner, recorded[0].Obligation.Due));
        }
    }

    [Theory]
    [InlineData(21, false)]
    [InlineData(22, true)]
    public async Task Start_305AfterABackdated301_DueFiveWorkingDaysAfterThe301WasSent(int receivedOn, bool late)
    {
        // The back office allocates on Monday 14 December a toewijzing whose care began Monday 2 November.
        await using var gateway = await TestGateway.StartAsync(ledger: true, start: ObligationProbe.At(D(2026, 12, 14)));
        var t = new Traffic(gateway, Standard.Ijw) { Today = D(2026, 12, 14) };
        var probe = new ObligationProbe(gateway, t);
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(1001)));

        // 5 working days after the 301: Tuesday 15 … Monday 21 December; the start's own 5 days ended 9 November.
        probe.On(D(2026, 12, receivedOn));
        await t.AcceptedAsync(t.Bericht305(t.Start(1001, D(2026, 11, 2))));

        var recorded = (await probe.Deadlines.ListAsync(includeClosed: true)).Where(d => d.Obligation.Kind == ObligationKind.Start).ToList();
        Assert.Equal(late ? 1 : 0, recorded.Count);
        if (late)
        {
            Assert.Equal((Late, D(2026, 12, 14), D(2026, 12, 21)), (recorded[0].State, recorded[0].Obligation.Since, recorded[0].Obligation.Due));
        }
    }

    [Fact]
    public async Task Stop_307SentLate_RecordedLateAndAccepted()
    {
        await using var gateway = await TestGateway.StartAsync(start: ObligationProbe.At(D(2027, 1, 4)));
        var t = new Traffic(gateway, Standard.Iwmo) { Today = D(2027, 1, 4) };
        var probe = new ObligationProbe(gateway, t);

        // Stopped Wednesday 23 December: Thursday 24, Monday 28, Tuesday 29, Wednesday 30, Thursday 31; Nieuwjaarsdag.
        await t.AcceptedAsync(t.Bericht307(t.Stop(1001, D(2026, 11, 2), Traffic.Definitief, Wed23)));

        var stop = await probe.OneAsync(ObligationKind.Stop);
        Assert.Equal((Late, D(2026, 12, 31)), (stop.State, stop.Obligation.Due));
    }
}
