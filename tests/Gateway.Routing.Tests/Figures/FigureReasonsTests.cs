using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Validation;
using Gateway.Routing.Declaraties;
using Gateway.Routing.Figures;
using Gateway.Routing.Ledger;
using Gateway.Routing.Pipeline;

namespace Gateway.Routing.Tests.Figures;

public sealed class FigureReasonsTests
{
    private static readonly LedgerParties Parties = new(Messages.Standards.Standard.Iwmo, "0344", "41101234");

    [Fact]
    public void Of_Level2Rejection_0001WithEveryLevel2RuleOnEveryPrestatie()
    {
        var verdict = Verdict(true, (false, [false, false]));
        ValidationIssue[] issues = [Issue("TR358"), Issue("CS337 ProductPeriode over twee maanden"), Issue("TR358")];

        var reasons = FigureReasons.Of(verdict, MessageOutcome.RejectedAtLevel2(), issues, []);

        Assert.All(reasons, r => Assert.Equal([new FigureReason("0001", "TR358"), new FigureReason("0001", "CS337")], r));
    }

    [Fact]
    public void Of_RulesOnClassPaths_EachPrestatieGetsItsOwnItsClientsAndTheDeclaratiesRules()
    {
        // Client 1: prestatie 1 rejected on its own, prestatie 2 granted; client 2 rejected with its prestaties.
        var verdict = Verdict(false, (false, [false, true]), (true, [false]));
        RuleRejection[] rules =
        [
            new("TR338", "9338", DeclaratieVerdict.PrestatiePath(1, 1)),
            new("TR307", "9307", DeclaratieVerdict.PrestatiePath(1, 1) + "/ProductPeriode"),
            new("TR304", "9304", DeclaratieVerdict.ClientPath(2)),
            new("TR339", "9339", DeclaratieVerdict.PrestatiePath(1, 2)),
        ];

        var reasons = FigureReasons.Of(verdict, MessageOutcome.Accepted(), [], rules);

        Assert.Equal([new FigureReason("9338", "TR338"), new FigureReason("9307", "TR307")], reasons[0]);
        Assert.Empty(reasons[1]);
        Assert.Equal([new FigureReason("9304", "TR304")], reasons[2]);
    }

    [Fact]
    public void Of_HeaderRejection_OnEveryPrestatie()
    {
        var verdict = Verdict(true, (false, [false]), (false, [false]));

        var reasons = FigureReasons.Of(verdict, MessageOutcome.Rejected("8017"), [], [new RuleRejection("TR135", "8017", ClassPaths.Header)]);

        Assert.All(reasons, r => Assert.Equal([new FigureReason("8017", "TR135")], r));
    }

    /// <summary>A verdict with clients given as (client rejected, prestatie granted per prestatie).</summary>
    private static DeclaratieVerdict Verdict(bool wholly, params (bool Rejected, bool[] Granted)[] clienten) => new(
        Parties,
        "D1",
        wholly,
        [.. clienten.Select((c, i) => new ClientVerdict(i + 1, c.Rejected, [.. c.Granted.Select((g, j) => new PrestatieVerdict(
            $"P-{i + 1}-{j + 1}", new Product("02", "02A01"), new DateOnly(2026, 10, 1), 48000,
            g ? PrestatieJudgement.Granted : wholly ? PrestatieJudgement.RejectedWithDeclaratie : c.Rejected ? PrestatieJudgement.RejectedWithClient : PrestatieJudgement.Rejected))]))]);

    private static ValidationIssue Issue(string code) => new(2, code, "0001", "/Bericht/Declaratie", null, null, "broken");
}
