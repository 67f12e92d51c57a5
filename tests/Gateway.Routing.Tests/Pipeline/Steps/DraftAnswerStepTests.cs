using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Pipeline.Steps;
using Gateway.Routing.Store;
using Gateway.Routing.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Routing.Tests.Pipeline.Steps;

public sealed class DraftAnswerStepTests
{
    [Fact]
    public async Task BuildAnswer_LedgerFindsNothing_DraftTakenAndEqualToTheAnswerBuiltInTheTransaction()
    {
        await using var gateway = await StartAsync();
        var message = await CheckedAsync(gateway, "ijw/jw305-start.xml");
        await using var tx = await gateway.Store.BeginAsync();
        var state = new CommitState(message, tx);

        await gateway.Services.GetRequiredService<BuildAnswerStep>().InvokeAsync(state, CancellationToken.None);

        var draft = Assert.IsType<AnswerDraft>(message.AnswerDraft);
        Assert.Same(draft.Payload, state.AnswerPayload);
        Assert.Equal(OldWay(gateway, message, null), state.AnswerPayload);
        Assert.Equal(ContentHash.Of(state.AnswerPayload!), state.AnswerRow!.ContentHash);
    }

    [Fact]
    public async Task BuildAnswer_LedgerAddsRetourcode_RebuiltEqualToTheAnswerBuiltTheOldWay()
    {
        await using var gateway = await StartAsync();
        var message = await CheckedAsync(gateway, "ijw/jw305-start.xml");
        await using var tx = await gateway.Store.BeginAsync();
        var cross = MessageOutcome.RejectedClasses([.. ClassPaths.Of<StartProduct>(message.RequireBericht()).Select(p => new ClassRejection(p.Path, "9019"))]);
        var state = new CommitState(message, tx) { CrossMessageOutcome = cross };

        await gateway.Services.GetRequiredService<BuildAnswerStep>().InvokeAsync(state, CancellationToken.None);

        Assert.Equal(OldWay(gateway, message, cross), state.AnswerPayload);
        Assert.NotEqual(message.AnswerDraft!.Payload, state.AnswerPayload);
        Assert.Contains(">9019<", System.Text.Encoding.UTF8.GetString(state.AnswerPayload!), StringComparison.Ordinal);
        Assert.Null(state.AnswerRow);
    }

    [Fact]
    public async Task BuildAnswer_RetriedAttempt_BuiltAfreshNotFromTheDraft()
    {
        await using var gateway = await StartAsync();
        var message = await CheckedAsync(gateway, "ijw/jw305-start.xml");
        await using var tx = await gateway.Store.BeginAsync();
        var state = new CommitState(message, tx) { Attempt = 2 };

        await gateway.Services.GetRequiredService<BuildAnswerStep>().InvokeAsync(state, CancellationToken.None);

        Assert.NotSame(message.AnswerDraft!.Payload, state.AnswerPayload);
        Assert.Equal(OldWay(gateway, message, null), state.AnswerPayload);
    }

    [Fact]
    public async Task DraftAnswer_RetourReceived_DraftAnswersNothing()
    {
        await using var gateway = await StartAsync();

        var message = await CheckedAsync(gateway, "ijw/jw302-toewijzing-retour.xml");

        Assert.Equal(AnswerKind.None, message.AnswerDraft!.Decision.Kind);
        Assert.Null(message.AnswerDraft.Payload);
    }

    [Fact]
    public async Task Receive_AcceptedAndRejected_StoredAnswerIsTheOneBuiltWithItsHash()
    {
        await using var accepting = await TestGateway.StartAsync();
        await using var rejecting = await TestGateway.StartAsync(rules: [new RejectsStartProductRule()]);

        var accepted = await accepting.ReceiveAsync("ijw/jw305-start.xml");
        var rejected = await rejecting.ReceiveAsync("ijw/jw305-start.xml");

        foreach (var (gateway, receipt, rejects) in new[] { (accepting, accepted, false), (rejecting, rejected, true) })
        {
            var id = receipt.AnswerMessageId!.Value;
            var payload = (await gateway.Store.ReadPayloadAsync(id))!;
            Assert.Equal(ContentHash.Of(payload), (await gateway.Store.GetMessageAsync(id))!.ContentHash);
            Assert.Equal(rejects, System.Text.Encoding.UTF8.GetString(payload).Contains(">9019<", StringComparison.Ordinal));
        }
    }

    private static Task<TestGateway> StartAsync() =>
        TestGateway.StartAsync(configure: services => services.AddSingleton<IIdentificatieGenerator>(new SameIdentificatie()));

    private static async Task<CheckedMessage> CheckedAsync(TestGateway gateway, string sample)
    {
        var message = CheckedMessage.Inbound(RepoPaths.SampleBytes(sample), gateway.Time.GetUtcNow(), new EnvelopeReference("hub", Guid.NewGuid().ToString()), null);
        message = await gateway.Services.GetRequiredService<ValidateSchemaStep>().CheckAsync(message, CancellationToken.None);
        message = await gateway.Services.GetRequiredService<CheckRulesStep>().CheckAsync(message, CancellationToken.None);
        return await gateway.Services.GetRequiredService<DraftAnswerStep>().CheckAsync(message, CancellationToken.None);
    }

    // How BuildAnswerStep built every answer before the draft: in the transaction, from the validation and levels 3/4.
    private static byte[]? OldWay(TestGateway gateway, CheckedMessage message, MessageOutcome? cross) =>
        gateway.Services.GetRequiredService<AnswerFactory>().Decide(message.Validation!, cross) is { Answer: { } answer } ? BerichtWriter.ToBytes(answer) : null;

    /// <summary>Hands out one identification, so two builds of one answer can be compared byte for byte.</summary>
    private sealed class SameIdentificatie : IIdentificatieGenerator
    {
        public string Next(MessageCode message) => "G1";
    }
}
