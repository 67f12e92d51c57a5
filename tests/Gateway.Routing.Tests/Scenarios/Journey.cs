using System.Globalization;
using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Contracts;
using Gateway.Routing.Declaraties;
using Gateway.Routing.Ledger;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Region;
using Gateway.Routing.Store;
using Gateway.Routing.Tests.Ledger;
using Gateway.Routing.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Routing.Tests.Scenarios;

/// <summary>
/// One client's year through the real pipeline (or, with <see cref="Beside"/>, a region's in both domains): a gateway
/// over a real SQLite file with the ledger and the contract register of the scenario region (Scenarios/region:
/// Rijnenvecht 9901, fictitious, merges into Utrecht 0344 on 2026-07-01), a clock the journey moves day by day, and
/// steps that assert every answer the gateway builds. Every failure names the step.
/// </summary>
internal sealed class Journey : IAsyncDisposable
{
    /// <summary>The fictitious gemeente that ceases on 2026-06-30 (gemeenten.json of the scenario region).</summary>
    public const string Rijnenvecht = "9901";

    /// <summary>Its successor (real CBS code of Utrecht).</summary>
    public const string Utrecht = "0344";


    private readonly ProviderRetours _provider;
    private readonly bool _ownsGateway;

    private Journey(TestGateway gateway, Standard standard, bool ownsGateway)
    {
        Gateway = gateway;
        T = new Traffic(gateway, standard);
        _provider = new ProviderRetours(gateway.Time);
        _ownsGateway = ownsGateway;
    }

    public TestGateway Gateway { get; }

    /// <summary>The message builders (client, provider, current gemeente and Dagtekening).</summary>
    public Traffic T { get; }

    public Standard Standard => T.Standard;

    /// <summary>The scenario region's files in the checkout.</summary>
    public static string Region { get; } = Path.Combine(Path.GetDirectoryName(RepoPaths.Schemas)!, "tests", "Gateway.Routing.Tests", "Scenarios", "region");

    public static async Task<Journey> StartAsync(Standard standard)
    {
        var contracts = new ContractsOptions
        {
            ReferencePath = Path.Combine(Region, "reference"),
            ContractsFile = Path.Combine(Region, "contracts.json"),
            CheckInterval = TimeSpan.Zero,
        };
        var rijnenvecht = new GemeenteRoute { Code = Rijnenvecht, Name = "Rijnenvecht", BackOffice = new BackOfficeRoute { Endpoint = new Uri("http://127.0.0.1:1/rijnenvecht") } };
        // The journeys begin in January 2026; the clock then only moves forward.
        var gateway = await TestGateway.StartAsync(ledger: true, contracts: contracts, moreGemeenten: [rijnenvecht], start: new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        return new Journey(gateway, standard, ownsGateway: true);
    }

    /// <summary>
    /// A journey in another domain through the same gateway, store and clock (a region with clients in both domains);
    /// the journey that started the gateway disposes it. Move both journeys to the same day: each dates its own messages.
    /// </summary>
    public Journey Beside(Standard standard) => new(Gateway, standard, ownsGateway: false);

    /// <summary>The back office's decisions on held 325s.</summary>
    public HeldAnswers Held => Gateway.Services.GetRequiredService<HeldAnswers>();

    /// <summary>Moves the clock to 09:00 UTC (10:00 or 11:00 in the Netherlands) of <paramref name="day"/>; messages built from now on are dated that day.</summary>
    public void On(DateOnly day)
    {
        var when = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
        Assert.True(when >= Gateway.Time.GetUtcNow(), $"The journey goes back in time to {day:yyyy-MM-dd}");
        Gateway.Time.SetUtcNow(when);
        T.Today = day;
    }

    /// <summary>Messages built from now on are between the provider and this gemeente.</summary>
    public void With(string gemeente) => T.GemeenteCode = gemeente;

    /// <summary>The back office sends a 301: checked, queued; the provider's 302 (accepted) comes back and is correlated to it.</summary>
    public Task AllocatesAsync(string step, Bericht301 toewijzing) => SentAndRetouredAsync(step, toewijzing, "301", "302");

    /// <summary>The back office sends a 319 (in onderzoek or afgewezen): checked, queued; the provider's 320 (accepted) comes back and is correlated to it.</summary>
    public Task AnswersAsync(string step, Bericht319 antwoord) => SentAndRetouredAsync(step, antwoord, "319", "320");

    /// <summary>The back office sends a 301 the gateway refuses before sending, with exactly this code on this class (and these others).</summary>
    public async Task RefusedAsync(string step, Bericht301 toewijzing, string path, string code, params (string Path, string Code)[] more)
    {
        var sent = await T.SubmitAsync(toewijzing);
        Assert.False(sent.Queued, $"{step}: the 301 was queued, expected a refusal with {code}");
        var found = string.Join(" ", sent.Issues.Select(i => $"{i.RetourCode}@{i.Path}"));
        (string?, string?)[] expected = [(path, code), .. more];
        Assert.True(sent.Issues.Select(i => (i.Path, i.RetourCode)).Order().SequenceEqual(expected.Order()), $"{step}: expected {string.Join(" ", expected.Select(e => $"{e.Item2}@{e.Item1}"))}, got {found}");
    }

    /// <summary>The provider sends a 305/307/315/317: accepted, the retour's header carries no RetourCodes and echoes no client (IV028).</summary>
    public async Task AcceptedAsync(string step, Bericht bericht)
    {
        var (receipt, answer) = await T.ReceiveAsync(bericht);
        Assert.True(receipt.Disposition == InboundDisposition.Accepted, $"{step}: expected acceptance, got {receipt.Disposition} {string.Join(",", receipt.RetourCodes)}");
        Assert.True(answer is not null, $"{step}: no retour");
        var codes = Traffic.CodesAt(answer, ClassPaths.Header);
        Assert.True(codes.Count == 0, $"{step}: the accepted retour's header carries {string.Join(",", codes)}");
        Assert.True(ClassPaths.Of(answer).All(c => c.Path == ClassPaths.Header), $"{step}: the accepted retour echoes classes");
    }

    /// <summary>
    /// The provider sends a message rejected below the header: header 0200, the client echoed, each listed class with
    /// its rule's code and every other class 0200.
    /// </summary>
    public async Task RejectedAsync(string step, Bericht bericht, params (string Path, string Code)[] rejected)
    {
        var (receipt, answer) = await T.ReceiveAsync(bericht);
        Assert.True(receipt.Disposition == InboundDisposition.Rejected, $"{step}: expected a rejection, got {receipt.Disposition}");
        Assert.True(answer is not null, $"{step}: no retour");
        var actual = ClassPaths.Of(answer).ToDictionary(c => c.Path, c => string.Join(",", Traffic.CodesAt(answer, c.Path)), StringComparer.Ordinal);
        var expected = actual.Keys.ToDictionary(p => p, p => rejected.FirstOrDefault(r => r.Path == p).Code ?? RetourCodes.GeenOpmerking, StringComparer.Ordinal);
        Assert.True(rejected.All(r => actual.ContainsKey(r.Path)), $"{step}: {Describe(rejected)} not all in the retour: {Describe(actual)}");
        Assert.True(expected.OrderBy(e => e.Key).SequenceEqual(actual.OrderBy(a => a.Key)), $"{step}: expected {Describe(expected)}, got {Describe(actual)}");
    }

    /// <summary>The provider sends a message rejected in the header: only the header carries exactly <paramref name="code"/>.</summary>
    public async Task HeaderRejectedAsync(string step, Bericht bericht, string code)
    {
        var (receipt, answer) = await T.ReceiveAsync(bericht);
        Assert.True(receipt.Disposition == InboundDisposition.Rejected, $"{step}: expected a rejection, got {receipt.Disposition}");
        Assert.True(answer is not null, $"{step}: no answer");
        var codes = Traffic.CodesAt(answer, ClassPaths.Header);
        Assert.True(codes.SequenceEqual([code]), $"{step}: header carries {string.Join(",", codes)}, expected {code}");
        Assert.True(ClassPaths.Of(answer).All(c => c.Path == ClassPaths.Header), $"{step}: a header rejection echoes classes");
    }

    /// <summary>A 323 granted whole: 325 header 0200, DeclaratieAntwoord 8001, TotaalToegekendBedrag as given (debit), no client listed.</summary>
    public async Task GrantedAsync(string step, Bericht323 declaratie, long toegekend)
    {
        var (_, answer) = await DeclareAsync(step, declaratie);
        AssertGrantedWhole(step, answer, toegekend);
    }

    /// <summary>
    /// A 323 granted whole whose 325 the region holds for a back-office decision (a ceiling with beleid hold would go
    /// over 100 %): built as <see cref="GrantedAsync"/> says, stored Held and not queued, on the held list with this
    /// deadline. Returns the held 325's message id.
    /// </summary>
    public async Task<long> HeldAsync(string step, Bericht323 declaratie, long toegekend, DateOnly deadline)
    {
        var (receipt, answer) = await DeclareAsync(step, declaratie, held: true);
        AssertGrantedWhole(step, answer, toegekend);
        var id = receipt.AnswerMessageId!.Value;
        var listed = (await Held.ListAsync()).SingleOrDefault(h => h.AnswerMessageId == id);
        Assert.True(listed is not null, $"{step}: the held 325 {id} is not on the held list");
        Assert.True(listed.Deadline == deadline, $"{step}: held until {listed.Deadline:yyyy-MM-dd}, expected {deadline:yyyy-MM-dd}");
        return id;
    }

    /// <summary>The back office releases a held 325: queued to the hub as built, off the held list.</summary>
    public async Task ReleasesAsync(string step, long answerMessageId)
    {
        var decision = await Held.ReleaseAsync(answerMessageId, "backoffice");
        Assert.True(decision.Kind == HeldAnswerDecisionKind.Done, $"{step}: {decision.Kind} {decision.Message}");
        var stored = await Gateway.Store.GetMessageAsync(answerMessageId);
        Assert.True(stored?.State == MessageState.Queued, $"{step}: the released 325 is {stored?.State}, not Queued");
        Assert.True((await Held.ListAsync()).All(h => h.AnswerMessageId != answerMessageId), $"{step}: the released 325 is still on the held list");
    }

    /// <summary>A 323 refused whole by a rule on the Declaratie: header 0200, exactly <paramref name="code"/> on DeclaratieAntwoord, nothing granted.</summary>
    public async Task RefusedWholeAsync(string step, Bericht323 declaratie, string code)
    {
        var (_, answer) = await DeclareAsync(step, declaratie);
        Assert.True(answer.DeclaratieAntwoord is not null, $"{step}: the 325 has no DeclaratieAntwoord");
        Assert.True(answer.DeclaratieAntwoord.RetourCodes.SequenceEqual([code]), $"{step}: DeclaratieAntwoord carries {string.Join(",", answer.DeclaratieAntwoord.RetourCodes)}{Listed(answer)}, expected {code}");
        AssertTotal(step, answer, 0);
    }

    /// <summary>
    /// A 323 granted in part: header and DeclaratieAntwoord 0200, TotaalToegekendBedrag the granted prestaties, the
    /// client listed with 0200 and exactly the rejected prestaties with their codes.
    /// </summary>
    public async Task PartlyGrantedAsync(string step, Bericht323 declaratie, long toegekend, params (string Referentie, string Code)[] rejected)
    {
        var (_, answer) = await DeclareAsync(step, declaratie);
        var antwoord = answer.DeclaratieAntwoord;
        Assert.True(antwoord is not null, $"{step}: the 325 has no DeclaratieAntwoord");
        Assert.True(antwoord.RetourCodes.SequenceEqual([RetourCodes.GeenOpmerking]), $"{step}: DeclaratieAntwoord carries {string.Join(",", antwoord.RetourCodes)}, expected 0200");
        var client = Assert.Single(antwoord.Clienten ?? []);
        Assert.True(client.RetourCodes.SequenceEqual([RetourCodes.GeenOpmerking]), $"{step}: the client carries {string.Join(",", client.RetourCodes)}");
        var listed = client.Prestaties.Select(p => (p.ProductReferentie.ReferentieNummer, string.Join(",", p.RetourCodes))).ToList();
        Assert.True(listed.SequenceEqual(rejected.Select(r => (r.Referentie, r.Code))), $"{step}: rejected prestaties {string.Join(" ", listed)}, expected {string.Join(" ", rejected)}");
        AssertTotal(step, answer, toegekend);
    }

    /// <summary>A 323 rejected in the 325's header with exactly <paramref name="code"/>; no DeclaratieAntwoord.</summary>
    public async Task DeclaratieHeaderRejectedAsync(string step, Bericht323 declaratie, string code)
    {
        var (_, answer) = await DeclareAsync(step, declaratie);
        Assert.True(answer.Header.RetourCodes.SequenceEqual([code]), $"{step}: 325 header carries {string.Join(",", answer.Header.RetourCodes)}, expected {code}");
        Assert.True(answer.DeclaratieAntwoord is null, $"{step}: a header rejection has a DeclaratieAntwoord");
    }

    /// <summary>
    /// A second product allocated by mistake on <paramref name="day"/> (next to <paramref name="current"/>) and deleted
    /// the next day with RedenWijziging 13 (Einddatum = Ingangsdatum); both 301s are answered by an accepted 302.
    /// </summary>
    public async Task AllocatesByMistakeAndDeletesAsync(ToegewezenProduct current, long nummer, Product product, DateOnly day)
    {
        On(day);
        var mistake = T.Toewijzing(nummer, product, day, day.AddMonths(10), omvang: new Omvang(3, JourneyBuilders.Uur, JourneyBuilders.PerWeek), datum: day);
        await AllocatesAsync($"301 {nummer} by mistake", T.Bericht301(Traffic.Bsn, current, mistake));
        On(day.AddDays(1));
        var deleted = T.Toewijzing(nummer, product, day, reden: JourneyBuilders.Verwijderd, datum: day.AddDays(1));
        await AllocatesAsync($"301 deleting {nummer} (13)", T.Bericht301(Traffic.Bsn, current, deleted));
    }

    /// <summary>A temporary stop (RedenBeeindiging 20) sent on <paramref name="sent"/>, then a new start on <paramref name="restart"/>; both accepted.</summary>
    public async Task PausesAndRestartsAsync(long? nummer, Product product, DateOnly? ingang, DateOnly begin, DateOnly einde, DateOnly sent, DateOnly restart)
    {
        On(sent);
        await AcceptedAsync("307 temporary stop", T.Bericht307(T.Stop(nummer, begin, Traffic.Tijdelijk, einde, product: product, ingang: ingang)));
        On(restart);
        await AcceptedAsync("305 restart", T.Bericht305(T.Start(nummer, restart, product: product, ingang: ingang)));
    }

    /// <summary>
    /// The definitive stop (delivered as planned) sent on <paramref name="sent"/>, accepted; the next day the provider
    /// tries to delete the start (TR071 9071) and to stop temporarily (TR415 9415), both rejected.
    /// </summary>
    public async Task StopsDefinitivelyAsync(long? nummer, Product product, DateOnly? ingang, DateOnly begin, DateOnly einde, DateOnly sent)
    {
        On(sent);
        await AcceptedAsync("307 definitive stop", T.Bericht307(T.Stop(nummer, begin, JourneyBuilders.VolgensPlan(Standard), einde, product: product, ingang: ingang)));
        On(sent.AddDays(1));
        await RejectedAsync("305 deleting the start after the stop", T.Bericht305(T.Start(nummer, begin, "3", product: product, ingang: ingang)), (JourneyBuilders.StartProduct1, "9071"));
        await RejectedAsync("307 temporary stop after the definitive stop", T.Bericht307(T.Stop(nummer, begin, Traffic.Tijdelijk, sent.AddDays(1), product: product, ingang: ingang)), (JourneyBuilders.StopProduct1, "9415"));
    }

    public ValueTask DisposeAsync() => _ownsGateway ? Gateway.DisposeAsync() : ValueTask.CompletedTask;

    /// <summary>Receives a 323 and reads its 325, which is held when <paramref name="held"/> and otherwise on its way to the hub.</summary>
    private async Task<(InboundReceipt Receipt, Bericht325 Answer)> DeclareAsync(string step, Bericht323 declaratie, bool held = false)
    {
        var (receipt, answer) = await T.ReceiveAsync(declaratie);
        Assert.True(answer is Bericht325, $"{step}: no 325 ({receipt.Disposition} {string.Join(",", receipt.RetourCodes)})");
        var antwoord = (Bericht325)answer;
        if (antwoord.DeclaratieAntwoord is not null)
        {
            Assert.True(antwoord.Header.RetourCodes.SequenceEqual([RetourCodes.GeenOpmerking]), $"{step}: 325 header carries {string.Join(",", antwoord.Header.RetourCodes)}, expected 0200");
        }

        var state = (await Gateway.Store.GetMessageAsync(receipt.AnswerMessageId!.Value))?.State;
        Assert.True((state == MessageState.Held) == held, $"{step}: the 325 is {state}, expected {(held ? "Held" : "not held")}");
        return (receipt, antwoord);
    }

    /// <summary>Sends a 301/319 and receives the provider's accepted retour (302/320), correlated to it; the heen-bericht is then Answered.</summary>
    private async Task SentAndRetouredAsync(string step, Bericht heen, string code, string retourCode)
    {
        var sent = await T.SubmitAsync(heen);
        Assert.True(sent.Queued, $"{step}: the {code} was not queued: {sent.Reason} {Describe(sent.Issues)}");

        var retour = _provider.Build(heen, MessageOutcome.Accepted());
        var receipt = await Gateway.ReceiveAsync(BerichtWriter.ToBytes(retour));
        Assert.True(receipt.Disposition == InboundDisposition.AnswerReceived, $"{step}: the {retourCode} was {receipt.Disposition}");
        Assert.True(receipt.CorrelatedToMessageId == sent.MessageId, $"{step}: the {retourCode} was correlated to {receipt.CorrelatedToMessageId?.ToString(CultureInfo.InvariantCulture) ?? "nothing"}, not to the {code} {sent.MessageId}");
        var stored = await Gateway.Store.GetMessageAsync(sent.MessageId);
        Assert.True(stored?.State == MessageState.Answered, $"{step}: the {code} is {stored?.State}, not Answered");
    }

    private static void AssertGrantedWhole(string step, Bericht325 answer, long toegekend)
    {
        Assert.True(answer.DeclaratieAntwoord is not null, $"{step}: the 325 has no DeclaratieAntwoord");
        Assert.True(answer.DeclaratieAntwoord.RetourCodes.SequenceEqual(["8001"]), $"{step}: DeclaratieAntwoord carries {string.Join(",", answer.DeclaratieAntwoord.RetourCodes)}{Listed(answer)}, expected 8001");
        AssertTotal(step, answer, toegekend);
        Assert.True(answer.DeclaratieAntwoord.Clienten is null or { Count: 0 }, $"{step}: a granted 325 lists clients");
    }

    private static void AssertTotal(string step, Bericht325 answer, long toegekend)
    {
        var total = answer.DeclaratieAntwoord!.TotaalToegekendBedrag;
        Assert.True(total == new TotaalBedragMetDC(toegekend, "D"), $"{step}: TotaalToegekendBedrag {total.TotaalBedrag} {total.DebetCredit}, expected {toegekend} D");
    }

    private static string Listed(Bericht325 answer) =>
        string.Concat((answer.DeclaratieAntwoord?.Clienten ?? []).SelectMany(c => c.Prestaties).Select(p => $" {p.ProductReferentie.ReferentieNummer}:{string.Join(",", p.RetourCodes)}"));

    private static string Describe(IEnumerable<KeyValuePair<string, string>> codes) => string.Join(" ", codes.OrderBy(c => c.Key).Select(c => $"{c.Key}={c.Value}"));

    private static string Describe(IEnumerable<(string Path, string Code)> codes) => string.Join(" ", codes.Select(c => $"{c.Path}={c.Code}"));

    private static string Describe(IEnumerable<Gateway.Messages.Validation.ValidationIssue> issues) => string.Join(" ", issues.Select(i => $"{i.Code} {i.RetourCode}@{i.Path}"));
}
