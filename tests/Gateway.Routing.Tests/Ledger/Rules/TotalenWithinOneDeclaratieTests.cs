using Gateway.Messages.Model;
using Gateway.Messages.Standards;

namespace Gateway.Routing.Tests.Ledger.Rules;

/// <summary>
/// TR322/TR369 inside one 323, found by the ledger property (Properties/LedgerPropertyTests): the total does not depend
/// on where a correction's credit stands in the message, and only what the 325 grants counts: a debit the total or
/// another rule rejects takes no room, a credit another rule rejects frees none.
/// </summary>
public sealed class TotalenWithinOneDeclaratieTests
{
    public static TheoryData<Standard> Standards => [Standard.Ijw, Standard.Iwmo];

    /// <summary>IV086: credit and replacement debit in one 323; the debit listed first still fits the total of 10 hours.</summary>
    [Theory, MemberData(nameof(Standards))]
    public async Task TR322_ReplacementDebitBeforeItsCredit_Granted(Standard standard)
    {
        var (gateway, t) = await DeclaratieRulesTests.StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001, ingang: new DateOnly(2026, 9, 1), omvang: new Omvang(10, "04", "6"))));
        await t.GrantedAsync(t.Bericht323(t.Prestatie("P-1", 5001, volume: 10, periode: Declaraties.September)));

        await t.GrantedAsync(t.Bericht323(
            t.Prestatie("P-3", 5001, volume: 10, periode: Declaraties.September),
            t.Prestatie("P-2", 5001, volume: 10, dc: "C", vorig: "P-1", periode: Declaraties.September)));
    }

    /// <summary>11 hours in September break the total of 10; the 4 hours of October after it are granted.</summary>
    [Theory, MemberData(nameof(Standards))]
    public async Task TR322_OversizedDebitDoesNotRejectTheDebitAfterIt(Standard standard)
    {
        var (gateway, t) = await DeclaratieRulesTests.StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001, ingang: new DateOnly(2026, 9, 1), omvang: new Omvang(10, "04", "6"))));

        var answer = await t.DeclareAsync(t.Bericht323(t.Prestatie("P-1", 5001, volume: 11, periode: Declaraties.September), t.Prestatie("P-2", 5001, volume: 4)));

        var rejected = Assert.Single(answer.DeclaratieAntwoord!.Clienten!.SelectMany(c => c.Prestaties));
        Assert.Equal("P-1", rejected.ProductReferentie.ReferentieNummer);
        Assert.Equal(["9321", "9322"], rejected.RetourCodes);
        Assert.Equal(new TotaalBedragMetDC(4 * 6000, "D"), answer.DeclaratieAntwoord.TotaalToegekendBedrag);
    }

    /// <summary>A repeated debit TR389 rejects is not granted, so it takes no room: the 4 hours of October still fit the 10.</summary>
    [Theory, MemberData(nameof(Standards))]
    public async Task TR322_DebitAnotherRuleRejectsTakesNoRoom_Granted(Standard standard)
    {
        var (gateway, t) = await DeclaratieRulesTests.StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001, ingang: new DateOnly(2026, 9, 1), omvang: new Omvang(10, "04", "6"))));
        await t.GrantedAsync(t.Bericht323(t.Prestatie("P-1", 5001, volume: 6, periode: Declaraties.September)));

        var answer = await t.DeclareAsync(t.Bericht323(t.Prestatie("P-2", 5001, volume: 2, periode: Declaraties.September), t.Prestatie("P-3", 5001, volume: 4)));

        var rejected = Assert.Single(answer.DeclaratieAntwoord!.Clienten!.SelectMany(c => c.Prestaties));
        Assert.Equal("P-2", rejected.ProductReferentie.ReferentieNummer);
        Assert.Equal(["9389"], rejected.RetourCodes);
        Assert.Equal(new TotaalBedragMetDC(4 * 6000, "D"), answer.DeclaratieAntwoord.TotaalToegekendBedrag);
    }

    /// <summary>A credit of a debit that was never granted (TR323) frees nothing: 10 more hours break the total of 10.</summary>
    [Theory, MemberData(nameof(Standards))]
    public async Task TR322_CreditAnotherRuleRejectsFreesNothing_9322(Standard standard)
    {
        var (gateway, t) = await DeclaratieRulesTests.StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001, ingang: new DateOnly(2026, 9, 1), omvang: new Omvang(10, "04", "6"))));
        await t.GrantedAsync(t.Bericht323(t.Prestatie("P-1", 5001, volume: 10, periode: Declaraties.September)));

        var answer = await t.DeclareAsync(t.Bericht323(t.Prestatie("P-2", 5001, volume: 10, dc: "C", vorig: "P-9", periode: Declaraties.September), t.Prestatie("P-3", 5001, volume: 10)));

        var rejected = answer.DeclaratieAntwoord!.Clienten!.SelectMany(c => c.Prestaties).ToDictionary(p => p.ProductReferentie.ReferentieNummer, p => string.Join(",", p.RetourCodes));
        Assert.Equal(new Dictionary<string, string> { ["P-2"] = "8017", ["P-3"] = "9322" }, rejected);
        Assert.Equal(0, answer.DeclaratieAntwoord.TotaalToegekendBedrag.TotaalBedrag);
    }

    /// <summary>TR369 the same way: a budget correction whose new debit comes before the credit of the old one.</summary>
    [Theory, MemberData(nameof(Standards))]
    public async Task TR369_ReplacementDebitBeforeItsCredit_Granted(Standard standard)
    {
        var (gateway, t) = await DeclaratieRulesTests.StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001, new Product(t.Categorie, null), ingang: new DateOnly(2026, 9, 1), budget: 100000)));
        await t.GrantedAsync(t.Bericht323(t.Prestatie("P-1", 5001, volume: 90000, eenheid: "83", tarief: null, periode: Declaraties.September)));

        await t.GrantedAsync(t.Bericht323(
            t.Prestatie("P-3", 5001, volume: 95000, eenheid: "83", tarief: null, periode: Declaraties.September),
            t.Prestatie("P-2", 5001, volume: 90000, eenheid: "83", tarief: null, dc: "C", vorig: "P-1", periode: Declaraties.September)));
    }
}
