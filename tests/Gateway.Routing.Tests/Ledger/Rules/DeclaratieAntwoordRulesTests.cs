using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Tests.Support;

namespace Gateway.Routing.Tests.Ledger.Rules;

/// <summary>
/// The checks the provider's software runs on a 325, run on a 325 a back office submits to override the gateway's
/// answer (here: rejecting a prestatie the gateway granted), through the real outbound pipeline.
/// </summary>
public sealed class DeclaratieAntwoordRulesTests
{
    private const string Client1 = "/Bericht/DeclaratieAntwoord/Clienten/Client[1]";
    private const string Prestatie1 = Client1 + "/Prestaties/Prestatie[1]";

    public static TheoryData<Standard> Standards => [Standard.Ijw, Standard.Iwmo];

    [Theory, MemberData(nameof(Standards))]
    public async Task TR337_TR366_TR367_TR371_TR376_TR304_OverrideCopiedFromTheReceived323_Queued(Standard standard)
    {
        var (gateway, t, declaratie) = await StartDeclaredAsync(standard);
        await using var _ = gateway;

        await t.SentAsync(t.Bericht325(declaratie, "P-2"));
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR337_IdentificatieOfNo323_Refused(Standard standard)
    {
        var (gateway, t, declaratie) = await StartDeclaredAsync(standard);
        await using var _ = gateway;
        var antwoord = t.Bericht325(declaratie, "P-2");

        await t.RefusedByAsync(antwoord with { Header = antwoord.Header with { DeclaratieIdentificatie = new BerichtIdentificatie("ONBEKEND1", Traffic.Dagtekening) } }, ClassPaths.Header, "TR337", "DeclaratieIdentificatie");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR337_DagtekeningNotThe323s_Refused(Standard standard)
    {
        var (gateway, t, declaratie) = await StartDeclaredAsync(standard);
        await using var _ = gateway;
        var antwoord = t.Bericht325(declaratie, "P-2");
        var identificatie = antwoord.Header.DeclaratieIdentificatie;

        await t.RefusedByAsync(antwoord with { Header = antwoord.Header with { DeclaratieIdentificatie = identificatie with { Dagtekening = identificatie.Dagtekening.AddDays(-1) } } }, ClassPaths.Header, "TR337", "Dagtekening");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR371_XsdVersieDeclaratieNotThe323s_Refused(Standard standard)
    {
        var (gateway, t, declaratie) = await StartDeclaredAsync(standard);
        await using var _ = gateway;
        var antwoord = t.Bericht325(declaratie, "P-2");

        await t.RefusedByAsync(antwoord with { Header = antwoord.Header with { XsdVersieDeclaratie = new XsdVersie("1.0.0", "1.0.1") } }, ClassPaths.Header, "TR371", "XsdVersieDeclaratie");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR376_DeclaratieNummerNotThe323s_Refused(Standard standard)
    {
        var (gateway, t, declaratie) = await StartDeclaredAsync(standard);
        await using var _ = gateway;
        var antwoord = t.Bericht325(declaratie, "P-2");

        await t.RefusedByAsync(antwoord with { DeclaratieAntwoord = antwoord.DeclaratieAntwoord! with { DeclaratieNummer = "ANDER01" } }, "/Bericht/DeclaratieAntwoord", "TR376", "DeclaratieNummer");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR366_PrestatieNotIn323_9366(Standard standard)
    {
        var (gateway, t, declaratie) = await StartDeclaredAsync(standard);
        await using var _ = gateway;

        await t.RefusedAsync(t.Bericht325(declaratie, "P-2").WithFirstPrestatie(p => p with { ProductReferentie = new Referentie("P-9") }), Prestatie1, "9366");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR367_PrestatieValueNotThe323s_9367(Standard standard)
    {
        var (gateway, t, declaratie) = await StartDeclaredAsync(standard);
        await using var _ = gateway;

        await t.RefusedAsync(t.Bericht325(declaratie, "P-2").WithFirstPrestatie(p => p with { GeleverdVolume = p.GeleverdVolume - 1 }), Prestatie1, "9367");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR304_ClientNotTheOneWhoDeclared_8187(Standard standard)
    {
        var (gateway, t, declaratie) = await StartDeclaredAsync(standard);
        await using var _ = gateway;

        await t.RefusedAsync(t.Bericht325(declaratie, "P-2").WithFirstClient(c => c with { Bsn = Traffic.Bsn }), Client1, "8187");
    }

    [Theory, MemberData(nameof(Standards))]
    public async Task TR056_BackOffice325ReusingAnIdentificatie_9056(Standard standard)
    {
        var (gateway, t, declaratie) = await StartDeclaredAsync(standard);
        await using var _ = gateway;
        var first = t.Bericht325(declaratie, "P-2");
        await t.SentAsync(first);

        await t.RefusedAsync(t.Bericht325(declaratie, "P-1") with { Header = first.Header }, ClassPaths.Header, "9056");
    }

    /// <summary>Two clients on their own toewijzing, declared in one 323 (P-1 for the client, P-2 for the other) and granted by the gateway.</summary>
    private static async Task<(TestGateway Gateway, Traffic Traffic, Bericht323 Declaratie)> StartDeclaredAsync(Standard standard)
    {
        var gateway = await TestGateway.StartAsync(ledger: true);
        var t = new Traffic(gateway, standard);
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001)));
        await t.SentAsync(t.Bericht301(Traffic.OtherBsn, t.Toewijzing(5002)));
        var declaratie = t.Bericht323(t.Prestatie("P-1", 5001), t.Prestatie("P-2", 5002)).PerClient(Traffic.Bsn, Traffic.OtherBsn);
        await t.GrantedAsync(declaratie);
        return (gateway, t, declaratie);
    }
}
