using System.Data.Common;
using System.Text;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Store;
using Gateway.Routing.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Routing.Tests.Pipeline;

public sealed class PipelineRunnerTests
{
    private readonly List<string> _ran = [];

    [Fact]
    public async Task Run_RefusedInTheChecks_OnlyTheRefusalRouteRuns()
    {
        await using var gateway = await TestGateway.StartAsync();
        var pipeline = new PipelineDefinition(
            "test",
            [Check("Refuse", refuse: true), Check("NormalCheck")],
            [Commit("NormalCommit")],
            [Check("RefusedCheck")],
            [Commit("RefusedCommit")]);

        var state = await Runner(gateway).RunAsync(pipeline, Message(), default);

        Assert.Equal(["Refuse", "RefusedCheck", "RefusedCommit"], _ran);
        Assert.NotNull(state.Refusal);
    }

    [Fact]
    public async Task Run_RefusedByACommitStep_GoesOnWithTheRefusalStepsNotRunYet()
    {
        await using var gateway = await TestGateway.StartAsync();
        var shared = Commit("Shared");
        var pipeline = new PipelineDefinition(
            "test",
            [Check("Check")],
            [shared, Commit("Refuse", refuse: true), Commit("After")],
            [Check("RefusedCheck")],
            [shared, Commit("RefusedCommit")]);

        await Runner(gateway).RunAsync(pipeline, Message(), default);

        Assert.Equal(["Check", "Shared", "Refuse", "RefusedCommit"], _ran);
    }

    [Fact]
    public async Task Run_NotRefused_NoRefusalStepRuns()
    {
        await using var gateway = await TestGateway.StartAsync();
        var pipeline = new PipelineDefinition("test", [Check("Check")], [Commit("First"), Commit("Second")], [Check("RefusedCheck")], [Commit("RefusedCommit")]);

        var state = await Runner(gateway).RunAsync(pipeline, Message(), default);

        Assert.Equal(["Check", "First", "Second"], _ran);
        Assert.Null(state.Refusal);
    }

    [Fact]
    public async Task Run_ConcurrentCopyOnTheFirstAttempt_SecondAttemptStartsFromAFreshState()
    {
        await using var gateway = await TestGateway.StartAsync();
        var states = new List<CommitState>();
        var conflict = new DelegateCommitStep("Conflict", state =>
        {
            states.Add(state);
            if (states.Count == 1)
            {
                state.AnswerPayload = [1];
                state.Refuse(new TransportRefusal(TransportRefusal.StUF055, "first attempt", null), []);
                throw new DuplicateMessageException();
            }
        });
        var pipeline = new PipelineDefinition("test", [], [conflict], [], []);

        var final = await Runner(gateway).RunAsync(pipeline, Message(), default);

        Assert.Equal(2, states.Count);
        Assert.NotSame(states[0], states[1]);
        Assert.Same(states[1], final);
        Assert.Null(final.AnswerPayload);
        Assert.Null(final.Refusal);
        Assert.Same(states[0].Message, final.Message);
    }

    [Fact]
    public async Task Run_RolledBackByTheDatabaseOnce_RunsAgainFromAFreshState()
    {
        await using var gateway = await TestGateway.StartAsync();
        var states = new List<CommitState>();
        var deadlock = new DelegateCommitStep("Deadlock", state =>
        {
            states.Add(state);
            if (states.Count == 1)
            {
                state.AnswerPayload = [1];
                throw new RolledBack(transient: true);
            }
        });

        var final = await Runner(gateway).RunAsync(new PipelineDefinition("test", [], [deadlock], [], []), Message(), default);

        Assert.Equal(2, states.Count);
        Assert.Same(states[1], final);
        Assert.Null(final.AnswerPayload);
    }

    [Fact]
    public async Task Run_DatabaseErrorThatIsNotTransient_NotRetried()
    {
        await using var gateway = await TestGateway.StartAsync();
        var attempts = 0;
        var broken = new DelegateCommitStep("Broken", _ =>
        {
            attempts++;
            throw new RolledBack(transient: false);
        });

        await Assert.ThrowsAsync<RolledBack>(() => Runner(gateway).RunAsync(new PipelineDefinition("test", [], [broken], [], []), Message(), default));
        Assert.Equal(1, attempts);
    }

    private static PipelineRunner Runner(TestGateway gateway) => new(gateway.Store, new PipelineOptions(), NullLogger<PipelineRunner>.Instance);

    private static CheckedMessage Message() =>
        CheckedMessage.Inbound(Encoding.UTF8.GetBytes("<x/>"), TestGateway.Start, new EnvelopeReference("hub", Guid.NewGuid().ToString()), null);

    private DelegateCheckStep Check(string name, bool refuse = false) => new(name, message =>
    {
        _ran.Add(name);
        return refuse ? message.Refused(new TransportRefusal(TransportRefusal.StUF055, name, null), []) : message;
    });

    private DelegateCommitStep Commit(string name, bool refuse = false) => new(name, state =>
    {
        _ran.Add(name);
        if (refuse)
        {
            state.Refuse(new TransportRefusal(TransportRefusal.StUF055, name, null), []);
        }
    });

    /// <summary>What a database throws when it rolls a unit of work back (transient: a deadlock) or refuses it for good.</summary>
    private sealed class RolledBack(bool transient) : DbException("the database rolled the transaction back")
    {
        public override bool IsTransient => transient;
    }

    private sealed class DelegateCheckStep(string name, Func<CheckedMessage, CheckedMessage> check) : ICheckStep
    {
        public string Name => name;

        public ValueTask<CheckedMessage> CheckAsync(CheckedMessage message, CancellationToken cancellationToken) => ValueTask.FromResult(check(message));
    }

    private sealed class DelegateCommitStep(string name, Action<CommitState> invoke) : ICommitStep
    {
        public string Name => name;

        public ValueTask InvokeAsync(CommitState state, CancellationToken cancellationToken)
        {
            invoke(state);
            return ValueTask.CompletedTask;
        }
    }
}
