using Gateway.Host.Cli.Texts;
using Gateway.Host.Contracts;
using Gateway.Host.Demo;
using Gateway.Host.Operators;
using Gateway.Messages.Standards;
using Gateway.Routing.Obligations;

namespace Gateway.Host.Tests.Demo;

/// <summary>The demo summary as an operator reads it: in their language, amounts in euros, ISO dates, names beside codes.</summary>
public sealed class DemoSummaryTests
{
    private static readonly CodeNames Names = new(
        new Dictionary<string, string> { ["0363"] = "Amsterdam" },
        new Dictionary<string, string> { ["12345678"] = "Zorg Samen BV" });

    [Fact]
    public void WriteTo_Dutch_AmountsNamesAndExplainedCodes()
    {
        var text = Write(Language.Nl);

        Assert.Contains("Samenvatting van de demo", text, StringComparison.Ordinal);
        Assert.Matches(@"\n  geweigerd vóór routering +7  \(Fo01/Fo03 aan de hub: onleesbaar, niet conform de XSD, of van een afzender die de regio weigert; geen retour\)", text);
        Assert.Matches(@"\n    retourcode 0200 +40  Geen opmerkingen over deze klasse\.", text);
        Assert.Matches(@"\n    PL-2026-REGIO +hold 2026 +€ 6\.210,00 van +€ 45\.000,00 +13 %  bereikt: geen", text);
        Assert.Contains("325 bericht 17: gemeente 0363 Amsterdam, aanbieder 12345678 Zorg Samen BV, declaratie D-1, uiterste datum 2026-12-16 (nog 4 werkdagen)", text, StringComparison.Ordinal);
        Assert.Contains("32 contracten (21 inspanningsgericht, 8 outputgericht, 3 taakgericht), 4 plafonds (2 waarschuwen, 2 vasthouden)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("12/16/2026", text, StringComparison.Ordinal);
        Assert.Matches(@"\n  Open verplichtingen \(termijnen, `gateway deadlines`\) +2\n    waarvan over de termijn +1\n", text);
        Assert.Matches(@"\n    Retour +aanbieder +1  over de termijn 1\n", text);
        Assert.Contains("\n  releasefreeze (IB103): 12 leveringen vastgehouden, 14 daarna vrijgegeven, 0 opgegeven\n", text, StringComparison.Ordinal);
        Assert.Contains("\n    om replay te oefenen: levering 42 → backoffice:0599 (HTTP 400 Bad Request): `gateway queue replay 42`\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteTo_English_AmountsNamesAndExplainedCodes()
    {
        var text = Write(Language.En);

        Assert.Contains("Demo summary", text, StringComparison.Ordinal);
        Assert.Matches(@"\n  refused before routing +7  \(Fo01/Fo03 to the hub: unreadable, not valid against its XSD, or from a sender the region refuses; no retour\)", text);
        Assert.Matches(@"\n    retourcode 0200 +40  No remarks on this class\.", text);
        Assert.Matches(@"\n    PL-2026-REGIO +hold 2026 +€6,210\.00 of +€45,000\.00 +13 %  reached: none", text);
        Assert.Matches(@"\n    TR418 0611 +3  \S", text);
        Assert.Contains("325 message 17: gemeente 0363 Amsterdam, aanbieder 12345678 Zorg Samen BV, declaratie D-1, deadline 2026-12-16 (4 working days)", text, StringComparison.Ordinal);
        Assert.Contains("\n  release freeze (IB103): 12 deliveries held, 14 released after it, 0 dead-lettered\n", text, StringComparison.Ordinal);
        Assert.Contains("\n    to practise replay: delivery 42 → backoffice:0599 (HTTP 400 Bad Request): `gateway queue replay 42`\n", text, StringComparison.Ordinal);
        Assert.Contains("  contract register            32 contracts (21 inspanningsgericht, 8 outputgericht, 3 taakgericht), 4 ceilings (2 warn, 2 hold)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("12/16/2026", text, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteTo_UnknownCodes_StandAlone()
    {
        using var output = new StringWriter();

        Summary().WriteTo(output, TextCatalogue.For(Language.En), CodeNames.None);

        Assert.Contains("gemeente 0363, aanbieder 12345678, declaratie D-1", output.ToString(), StringComparison.Ordinal);
    }

    private static string Write(Language language)
    {
        using var output = new StringWriter();
        Summary().WriteTo(output, TextCatalogue.For(language), Names);
        return output.ToString().ReplaceLineEndings("\n");
    }

    private static DemoSummary Summary() => new(
        ReceivedFromHub: 120,
        SubmittedByBackOffices: 30,
        Accepted: 100,
        Rejected: 20,
        AnswersPerRetourCode: new Dictionary<string, long> { ["0200"] = 40, ["8001"] = 12 },
        Duplicates: 2,
        SendersRefused: 2,
        AnswersToHub: 90,
        TransportErrorsToHub: 7,
        HeenToHub: 25,
        RoutedOverHttp: 60,
        RoutedToDirectories: 30,
        Retried: 11,
        DeadLettered: 1,
        Practise: new DemoDeadLetter(42, "backoffice:0599", "HTTP 400 Bad Request"),
        StillQueued: 0,
        Register: new ContractRegisterFigures(21, 8, 3, 2, 2),
        RuleRejections: new Dictionary<string, long> { ["TR418 0611"] = 3 },
        Ceilings: new CeilingOutcomes(1, 2, 1, 1),
        CeilingUsage: [new CeilingView("PL-2026-REGIO", "ijw", 2026, new CeilingScopeView(null, "ambulant", null, null, ["0363"]), 4_500_000, 621_000, 13, [80, 100], [], "hold")],
        StillHeld: [new HeldAnswerView(17, 16, "ijw", "12345678", "0363", "D-1", 50_000, 0, ["ceiling"], new DateOnly(2026, 12, 2), new DateOnly(2026, 12, 16), 4)],
        Obligations: [Owed(ObligationKind.Retour, ObligationOwner.Provider, ObligationState.Overdue), Owed(ObligationKind.ToewijzingVerzoekAntwoord, ObligationOwner.Region, ObligationState.Approaching)],
        Freeze: new FreezeOutcomes(12, 14, 0));

    private static Deadline Owed(ObligationKind kind, ObligationOwner owner, ObligationState state) => new(
        new Obligation
        {
            Id = 1,
            Kind = kind,
            Owner = owner,
            Standard = Standard.Ijw,
            Gemeentecode = "0363",
            Aanbieder = "12345678",
            OpenedBy = 5,
            Since = new DateOnly(2026, 12, 1),
            Due = new DateOnly(2026, 12, 4),
            OpenedAt = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero),
        },
        state,
        state == ObligationState.Overdue ? -1 : 1);
}
