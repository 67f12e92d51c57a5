using System.Net;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Gateway.Host.Explain;
using Gateway.Host.Tests.Support;
using Gateway.Host.Transport.Ggk;
using Gateway.Host.Trust;
using Gateway.Messages.Answers;
using Gateway.Messages.Envelopes.Ggk;
using Gateway.Messages.Rules;
using Gateway.Messages.Validation;
using Gateway.Routing.Ledger;
using Gateway.Routing.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Host.Tests.Explain;

/// <summary>
/// Every code the gateway can print — in an answer, a log event, a metric label or the demo summary — is explained by
/// <c>gateway explain</c> and <c>GET /api/explain/{code}</c>. The codes are collected from the catalogues, the rules the
/// gateway registers, the transport's constants and the string literals of the sources, never from a hand list.
/// </summary>
public sealed partial class CodeExplainerTests : IAsyncLifetime
{
    private RunningGateway? _gateway;

    private RunningGateway Gateway => _gateway!;

    public async Task InitializeAsync() => _gateway = await RunningGateway.StartAsync();

    public async Task DisposeAsync() => await Gateway.DisposeAsync();

    [Fact]
    public void Explain_EveryCodeTheGatewayPrints_Exit0WithAMeaning()
    {
        var codes = CodesTheGatewayPrints(Gateway.Services);

        var unexplained = codes
            .Select(code => (Code: code, Run: GatewayCli.Run("explain", code)))
            .Where(r => r.Run.ExitCode != 0 || !MeaningLine().IsMatch(r.Run.Out))
            .Select(r => $"{r.Code}: exit {r.Run.ExitCode} {r.Run.Error.Trim()}")
            .ToList();

        Assert.True(codes.Count > 200, $"only {codes.Count} codes collected");
        Assert.Empty(unexplained);
    }

    [Theory]
    [InlineData("CT01")]
    [InlineData("CT02")]
    [InlineData("CT03")]
    [InlineData("TR337")]
    [InlineData("TR371")]
    [InlineData("TR376")]
    [InlineData("OP192")]
    [InlineData("StUF055")]
    [InlineData("IV033")]
    [InlineData("IB103")]
    [InlineData("JW303")]
    public void Explain_CodesThatWereUnknown_Exit0(string code)
    {
        var run = GatewayCli.Run("explain", code);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(MeaningLine(), run.Out);
    }

    [Theory]
    [InlineData("jw303", "JW323")]
    [InlineData("WMO304", "WMO325")]
    public void Explain_FunctieOfRelease2_NamesTheSuccessor(string functie, string successor)
    {
        var run = GatewayCli.Run("explain", functie);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("replaced in release 3.0 by 323 (Declaratie) and 325 (Declaratie-antwoord)", run.Out, StringComparison.Ordinal);
        Assert.Contains($"(functie {successor})", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void RegisteredRules_CodeIsOnlyTheCode_TheTextIsInMeaningAndFix()
    {
        var rules = Gateway.Services.GetServices<ICrossMessageRule>().ToList();

        Assert.Contains(rules, r => r.Code == "CT01");
        Assert.All(rules, rule => Assert.Matches("^[A-Z]{2}[0-9]{2,3}$", rule.Code));
        Assert.All(rules, rule => Assert.False(string.IsNullOrWhiteSpace(rule.Meaning?.En), $"{rule.Code} has no meaning"));
        Assert.All(rules, rule => Assert.False(string.IsNullOrWhiteSpace(rule.Fix?.Nl), $"{rule.Code} has no fix"));
        Assert.All(rules, rule => Assert.NotEmpty(rule.RetourCodes));
    }

    [Fact]
    public void Explain_S329_ListsEveryRuleThatAnswersWithIt()
    {
        var users = Gateway.Services.GetServices<ICrossMessageRule>().Where(r => r.RetourCodes.Contains("S329")).Select(r => r.Code).ToList();

        var explanation = new CodeExplainer(TimeProvider.System).Explain("S329")!;
        var run = GatewayCli.Run("explain", "S329");

        Assert.Superset(new HashSet<string>(["TR381", "CT01", "CT03"]), new HashSet<string>(users));
        Assert.Equal(users.Order(StringComparer.Ordinal), explanation.Rules.Order(StringComparer.Ordinal));
        Assert.Contains("Rule:    TR381, CT01, CT03", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_Ct01_OwnMeaningAndFixAndTheRetourcodeItBorrows()
    {
        var run = GatewayCli.Run("explain", "ct01");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Rule CT01", run.Out, StringComparison.Ordinal);
        Assert.Contains("Level:      4", run.Out, StringComparison.Ordinal);
        Assert.Contains("Retourcode: S329", run.Out, StringComparison.Ordinal);
        Assert.Contains("EN: The product is not contracted with this provider", run.Out, StringComparison.Ordinal);
        Assert.Contains("Fix (NL): ", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_IbCodeOfBothGenerations_NamesEach()
    {
        var run = GatewayCli.Run("explain", "IB007");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("VNG list 2017/2018: Bericht groter dan 25 MB", run.Out, StringComparison.Ordinal);
        Assert.Contains("BIDN list 2025: Combinatie functie en organisatie niet toegestaan", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_Ct03WithoutAKey_JsonWithMeaningRetourcodesAndMessages()
    {
        using var response = await Gateway.Http.GetAsync("api/explain/CT03");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("CT03", body.GetProperty("code").GetString());
        Assert.Equal("CrossMessageRule", body.GetProperty("kind").GetString());
        Assert.Equal(4, body.GetProperty("level").GetInt32());
        Assert.Equal(["S329", "0611"], body.GetProperty("retourCodes").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains(323, body.GetProperty("messages").EnumerateArray().Select(e => e.GetInt32()));
        Assert.StartsWith("A taakgericht product", body.GetProperty("meaning").GetProperty("en").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(body.GetProperty("fix").GetProperty("nl").GetString()));
    }

    [Fact]
    public async Task Api_EveryCodeTheGatewayPrints_200WithAMeaning()
    {
        var failures = new List<string>();
        foreach (var code in CodesTheGatewayPrints(Gateway.Services))
        {
            using var response = await Gateway.Http.GetAsync("api/explain/" + Uri.EscapeDataString(code));
            var meaning = response.IsSuccessStatusCode
                ? JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("meaning").GetProperty("en").GetString()
                : null;
            if (string.IsNullOrWhiteSpace(meaning))
            {
                failures.Add($"{code}: {(int)response.StatusCode}");
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task Api_UnknownCode_404ProblemThatDoesNotEchoTheInput()
    {
        using var response = await Gateway.Http.GetAsync("api/explain/123456782");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("123456782", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>
    /// The codes the gateway can print: every retourcode, every level-2 rule, every level-3/4 rule the gateway registers
    /// with the sample region (and every rule class there is), the level-1 codes, the StUF and IB codes of the transport
    /// and of both generations of the IB list, and every StUF/IB code and OP/IV reference in a string literal of src/.
    /// </summary>
    internal static IReadOnlyList<string> CodesTheGatewayPrints(IServiceProvider services)
    {
        IEnumerable<string> codes =
        [
            .. RetourCodeCatalogue.All.Select(c => c.Code),
            .. Level2Validator.Default.Rules.Select(r => r.Code),
            .. services.GetServices<ICrossMessageRule>().Select(r => r.Code),
            .. new CodeExplainer(TimeProvider.System).CrossMessageRules.Select(r => r.Code),
            .. typeof(Level1Codes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!),
            .. GgkFoutcodes.Codes.Select(c => c.Code),
            .. StufFoutcodes.Codes.Select(c => c.Code),
            GgkIntake.ClientErrorCode, GgkEndpoint.StoreUnavailableCode, GgkEndpoint.RetiredFunctieCode, GgkEndpoint.EnvelopeReusedCode,
            SenderGate.UnknownSenderCode, SenderGate.NotAuthorisedCode, TransportRefusal.StUF055, AnswerDecision.StUF055,
            .. CodesInSourceLiterals(),
        ];
        return [.. codes.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];
    }

    /// <summary>StUF/IB/RIN codes and OP/IV references inside string literals (not comments) of every source file.</summary>
    private static IEnumerable<string> CodesInSourceLiterals() =>
        Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(File.ReadLines)
            .Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal))
            .SelectMany(line => StringLiteral().Matches(line))
            .SelectMany(literal => CitedCode().Matches(literal.Value))
            .Select(code => code.Value);

    [GeneratedRegex(@"\n  EN: \S")]
    private static partial Regex MeaningLine();

    [GeneratedRegex(@"""(?:[^""\\]|\\.)*""")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"\b(?:StUF[0-9]{3}|IB[0-9]{3}|RIN[0-9]{3}|OP[0-9]{3}(?:x[0-9])?|IV[0-9]{3})\b")]
    private static partial Regex CitedCode();
}
