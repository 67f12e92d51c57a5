using Gateway.Messages.Standards;

namespace Gateway.Routing.Tests.Ledger.Rules;

/// <summary>
/// A 323 whose 325 rejects every prestatie grants nothing and counts as not processed, found by the ledger property
/// (Properties/LedgerPropertyTests): its DeclaratiePeriode is not the last one TR318 compares with, and its
/// DeclaratieNummer is not used up for TR333.
/// </summary>
public sealed class NothingGrantedTests
{
    public static TheoryData<Standard> Standards => [Standard.Ijw, Standard.Iwmo];

    /// <summary>July granted; September (August skipped) rejected whole on its prestatie; August then follows July.</summary>
    [Theory, MemberData(nameof(Standards))]
    public async Task TR318_MonthAfterTheLastGrantedDeclaratie_Granted(Standard standard)
    {
        var (gateway, t) = await DeclaratieRulesTests.StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001, ingang: new DateOnly(2026, 7, 1))));
        await t.GrantedAsync(In(t.Bericht323(t.Prestatie("P-1", 5001, volume: 8, periode: Month(7))), 7));
        await t.PrestatieRejectedAsync(In(t.Bericht323(t.Prestatie("P-2", 5001, volume: 9, periode: Month(9))), 9), "P-2", "9321");

        await t.GrantedAsync(In(t.Bericht323(t.Prestatie("P-3", 5001, volume: 8, periode: Month(8))), 8));
    }

    /// <summary>The same sequence with August's DeclaratiePeriode before July: still refused whole (8214).</summary>
    [Theory, MemberData(nameof(Standards))]
    public async Task TR318_MonthBeforeTheLastGrantedDeclaratie_8214(Standard standard)
    {
        var (gateway, t) = await DeclaratieRulesTests.StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001, ingang: new DateOnly(2026, 6, 1))));
        await t.GrantedAsync(In(t.Bericht323(t.Prestatie("P-1", 5001, volume: 8, periode: Month(7))), 7));
        await t.PrestatieRejectedAsync(In(t.Bericht323(t.Prestatie("P-2", 5001, volume: 9, periode: Month(9))), 9), "P-2", "9321");

        var answer = await t.DeclareAsync(In(t.Bericht323(t.Prestatie("P-3", 5001, volume: 8, periode: Month(6))), 6));
        Assert.Equal(["8214"], answer.DeclaratieAntwoord!.RetourCodes);
    }

    /// <summary>A DeclaratieNummer whose 325 granted nothing may be sent again with the corrected prestatie.</summary>
    [Theory, MemberData(nameof(Standards))]
    public async Task TR333_NummerOfADeclaratieThatGrantedNothing_Granted(Standard standard)
    {
        var (gateway, t) = await DeclaratieRulesTests.StartAsync(standard);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001)));
        await t.PrestatieRejectedAsync(t.Bericht323WithNummer("D202610A", t.Prestatie("P-1", 5001, volume: 9)), "P-1", "9321");

        await t.GrantedAsync(t.Bericht323WithNummer("D202610A", t.Prestatie("P-2", 5001, volume: 8)));
    }

    private static Messages.Model.GeslotenPeriode Month(int month) =>
        new(new DateOnly(2026, month, 1), new DateOnly(2026, month, 1).AddMonths(1).AddDays(-1));

    private static Messages.Model.Bericht323 In(Messages.Model.Bericht323 bericht, int month) =>
        bericht with { Declaratie = bericht.Declaratie with { DeclaratiePeriode = Month(month) } };
}
