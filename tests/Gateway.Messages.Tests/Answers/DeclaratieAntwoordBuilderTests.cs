using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Messages.Tests.Support;

namespace Gateway.Messages.Tests.Answers;

public sealed class DeclaratieAntwoordBuilderTests
{
    private const string Client1 = "/Bericht/Declaratie/Clienten/Client[1]";
    private const string Client2 = "/Bericht/Declaratie/Clienten/Client[2]";
    private const string Client3 = "/Bericht/Declaratie/Clienten/Client[3]";
    private static readonly XsdVersie PackXsd = new("1.0.0", "1.0.1");

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 10, 9, 0, 0, TimeSpan.Zero));
    private readonly SequentialIdentificaties _ids = new("DA");

    private DeclaratieAntwoordBuilder Builder => new(_time, _ids);

    [Theory]
    [InlineData(Standard.Ijw, "491")]
    [InlineData(Standard.Iwmo, "485")]
    public void Build_Accepted_Header0200Antwoord8001FullAmountNoClients(Standard standard, string berichtCode)
    {
        var declaratie = Some.Declaratie(standard);

        var antwoord = Builder.Build(declaratie, MessageOutcome.Accepted(), PackXsd, "1.2.0");

        var header = antwoord.Header;
        Assert.Equal(berichtCode, header.BerichtCode);
        Assert.Equal(Some.Gemeente, header.Afzender);
        Assert.Equal(Some.Agb, header.Ontvanger);
        Assert.Equal(new BerichtIdentificatie("DA0001", new DateOnly(2025, 3, 10)), header.BerichtIdentificatie);
        Assert.Equal([MessageCode.DeclaratieAntwoord], _ids.Requested);
        Assert.Equal(PackXsd, header.XsdVersie);
        Assert.Equal(declaratie.Header.BerichtIdentificatie, header.DeclaratieIdentificatie);
        Assert.Equal(declaratie.Header.XsdVersie, header.XsdVersieDeclaratie);
        Assert.Null(header.XsltVersie);
        Assert.Equal(["0200"], header.RetourCodes);

        var body = Assert.IsType<DeclaratieAntwoord>(antwoord.DeclaratieAntwoord);
        Assert.Equal("DEC202503", body.DeclaratieNummer);
        Assert.Equal(["8001"], body.RetourCodes);
        Assert.Equal(new TotaalBedragMetDC(39000, "D"), body.TotaalIngediendBedrag);
        Assert.Equal(new TotaalBedragMetDC(39000, "D"), body.TotaalToegekendBedrag);
        Assert.Null(body.Clienten);
    }

    [Fact]
    public void Build_Level2_Header0001OnlyNoAntwoord()
    {
        var antwoord = Builder.Build(Some.Declaratie(Standard.Ijw), MessageOutcome.RejectedAtLevel2(), PackXsd, "1.2.0");

        Assert.Equal(["0001"], antwoord.Header.RetourCodes);
        Assert.Equal("1.2.0", antwoord.Header.XsltVersie);
        Assert.Null(antwoord.DeclaratieAntwoord);
    }

    [Fact]
    public void Build_HeaderRule_HeaderCodeOnlyNoAntwoord()
    {
        var antwoord = Builder.Build(Some.Declaratie(Standard.Iwmo), MessageOutcome.Rejected("9056"), PackXsd);

        Assert.Equal(["9056"], antwoord.Header.RetourCodes);
        Assert.Null(antwoord.DeclaratieAntwoord);
    }

    [Fact]
    public void Build_DeclaratieRejected_CodeOnAntwoordNothingGranted()
    {
        var outcome = MessageOutcome.RejectedClass("/Bericht/Declaratie", "9333")
            .With(new ClassRejection(Client2 + "/Prestaties/Prestatie[1]", "9321"));

        var antwoord = Builder.Build(Some.Declaratie(Standard.Ijw), outcome, PackXsd);

        Assert.Equal(["0200"], antwoord.Header.RetourCodes);
        var body = antwoord.DeclaratieAntwoord!;
        Assert.Equal(["9333"], body.RetourCodes);
        Assert.Equal(0, body.TotaalToegekendBedrag.TotaalBedrag);
        Assert.Equal(new TotaalBedragMetDC(39000, "D"), body.TotaalIngediendBedrag);
        Assert.Null(body.Clienten);
    }

    [Fact]
    public void Build_PrestatieRejected_ListsOnlyThatPrestatieAndGrantsTheRest()
    {
        var antwoord = Builder.Build(Some.Declaratie(Standard.Ijw), MessageOutcome.RejectedClass(Client2 + "/Prestaties/Prestatie[1]", "9321"), PackXsd);

        Assert.Equal(["0200"], antwoord.Header.RetourCodes);
        var body = antwoord.DeclaratieAntwoord!;
        Assert.Equal(["0200"], body.RetourCodes);
        var client = Assert.Single(body.Clienten!);
        Assert.Equal("999990020", client.Bsn);
        Assert.Equal(["0200"], client.RetourCodes);
        var prestatie = Assert.Single(client.Prestaties);
        Assert.Equal("P3", prestatie.ProductReferentie.ReferentieNummer);
        Assert.Equal(["9321"], prestatie.RetourCodes);
        Assert.Equal(new TotaalBedragMetDC(39000 - 20000, "D"), body.TotaalToegekendBedrag);
    }

    [Fact]
    public void Build_ClientRejected_AllItsPrestatiesNotAssessed()
    {
        var antwoord = Builder.Build(Some.Declaratie(Standard.Iwmo), MessageOutcome.RejectedClass(Client1, "8187"), PackXsd);

        var body = antwoord.DeclaratieAntwoord!;
        var client = Assert.Single(body.Clienten!);
        Assert.Equal(Some.Bsn, client.Bsn);
        Assert.Equal(["8187"], client.RetourCodes);
        Assert.Equal(["P1", "P2"], client.Prestaties.Select(p => p.ProductReferentie.ReferentieNummer));
        Assert.All(client.Prestaties, p => Assert.Equal(["0233"], p.RetourCodes));
        Assert.Equal(new TotaalBedragMetDC(39000 - 15000, "D"), body.TotaalToegekendBedrag);
    }

    [Fact]
    public void Build_OnlyCreditAccepted_TotalIsCredit()
    {
        var outcome = MessageOutcome.RejectedClasses(
        [
            new ClassRejection(Client1, "8187"),
            new ClassRejection(Client2 + "/Prestaties/Prestatie[1]", "9321"),
            new ClassRejection(Client3 + "/Prestaties/Prestatie[1]/ProductPeriode", "9307"),
        ]);

        var antwoord = Builder.Build(Some.Declaratie(Standard.Ijw), outcome, PackXsd);

        var body = antwoord.DeclaratieAntwoord!;
        Assert.Equal(new TotaalBedragMetDC(3000, "C"), body.TotaalToegekendBedrag);
        Assert.Equal(3, body.Clienten!.Count);
        Assert.Equal(["9307"], body.Clienten[2].Prestaties.Single().RetourCodes);
    }

    [Fact]
    public void Total_DebitsMinusCredits_KeepsSign()
    {
        var s = Standard.Ijw;
        Assert.Equal(new TotaalBedragMetDC(0, "D"), DeclaratieAntwoordBuilder.Total([]));
        Assert.Equal(new TotaalBedragMetDC(700, "D"), DeclaratieAntwoordBuilder.Total([Some.Prestatie(s, "A", 1000, "D"), Some.Prestatie(s, "B", 300, "C")]));
        Assert.Equal(new TotaalBedragMetDC(200, "C"), DeclaratieAntwoordBuilder.Total([Some.Prestatie(s, "A", 100, "D"), Some.Prestatie(s, "B", 300, "C")]));
    }
}
