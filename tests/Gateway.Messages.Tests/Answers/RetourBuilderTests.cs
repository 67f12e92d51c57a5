using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Messages.Tests.Support;

namespace Gateway.Messages.Tests.Answers;

public sealed class RetourBuilderTests
{
    private static readonly XsdVersie PackXsd = new("1.0.0", "1.0.0");

    // 22:30 UTC on 30 June is 00:30 on 1 July in the Netherlands (CEST).
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 6, 30, 22, 30, 0, TimeSpan.Zero));
    private readonly SequentialIdentificaties _ids = new();

    private RetourBuilder Builder => new(_time, _ids);

    [Theory]
    [InlineData(Standard.Ijw, "437")]
    [InlineData(Standard.Iwmo, "415")]
    public void Build_Accepted_CopiesHeaderWithRetourCodeAndNoRetourCodes(Standard standard, string berichtCode)
    {
        var heen = Some.Toewijzing(standard);

        var retour = Builder.Build(heen, MessageOutcome.Accepted(), PackXsd, "1.2.0");

        var header = retour.Header;
        Assert.Equal(berichtCode, header.BerichtCode);
        Assert.Equal(heen.Header.Afzender, header.Afzender);
        Assert.Equal(heen.Header.Ontvanger, header.Ontvanger);
        Assert.Equal(heen.Header.BerichtIdentificatie, header.BerichtIdentificatie);
        Assert.Equal(heen.Header.XsdVersie, header.XsdVersie);
        Assert.Equal(3, header.BerichtVersie);
        Assert.Equal(2, header.BerichtSubversie);
        Assert.Equal("R0001", header.IdentificatieRetour);
        Assert.Equal([MessageCode.ToewijzingRetour], _ids.Requested);
        Assert.Equal(new DateOnly(2025, 7, 1), header.DagtekeningRetour);
        Assert.Equal(PackXsd, header.XsdVersieRetour);
        Assert.Null(header.XsltVersie);
        Assert.Empty(header.RetourCodes);
        Assert.Null(retour.Client);
        Assert.Equal(standard, retour.Standard);
    }

    [Fact]
    public void Build_Winter_DagtekeningIsDutchDate()
    {
        // The fake clock only moves forward: winter gets a clock of its own.
        var winter = new RetourBuilder(new FakeTimeProvider(new DateTimeOffset(2025, 1, 15, 23, 30, 0, TimeSpan.Zero)), _ids);
        var retour = winter.Build(Some.Start(Standard.Ijw), MessageOutcome.Accepted(), PackXsd);
        Assert.Equal(new DateOnly(2025, 1, 16), retour.Header.DagtekeningRetour);
    }

    [Fact]
    public void Build_Level2_Header0001OnlyWithXsltVersie()
    {
        var retour = Builder.Build(Some.Start(Standard.Iwmo), MessageOutcome.RejectedAtLevel2(), PackXsd, "1.2.0");

        Assert.Equal("419", retour.Header.BerichtCode);
        Assert.Equal(["0001"], retour.Header.RetourCodes);
        Assert.Equal("1.2.0", retour.Header.XsltVersie);
        Assert.Null(retour.Client);
    }

    [Fact]
    public void Build_HeaderRule_HeaderWithThatCodeOnly()
    {
        var retour = Builder.Build(Some.Stop(Standard.Ijw), MessageOutcome.Rejected("9056"), PackXsd, "1.2.0");

        Assert.Equal(["9056"], retour.Header.RetourCodes);
        Assert.Null(retour.Header.XsltVersie);
        Assert.Null(retour.Client);
    }

    [Fact]
    public void Build_ProductRejected_EchoesClientWithEveryClassCoded()
    {
        var heen = Some.Toewijzing(Standard.Ijw);
        var outcome = MessageOutcome.RejectedClass("/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]", "9332");

        var retour = Builder.Build(heen, outcome, PackXsd);

        Assert.Equal(["0200"], retour.Header.RetourCodes);
        var client = Assert.IsType<Client>(retour.Client);
        Assert.Equal(heen.Client.Bsn, client.Bsn);
        Assert.Equal(["0200"], client.RetourCodes);
        Assert.Equal(["0200"], client.Relaties![0].RetourCodes);
        Assert.Equal(["0200"], client.Relaties[0].Contact.RetourCodes);
        Assert.All(client.Contactgegevens, c => Assert.Equal(["0200"], c.RetourCodes));
        Assert.Equal(["0200"], client.ToegewezenProducten[0].RetourCodes);
        Assert.Equal(["9332"], client.ToegewezenProducten[1].RetourCodes);
        Assert.Equal(heen.Client.ToegewezenProducten[1].ToewijzingNummer, client.ToegewezenProducten[1].ToewijzingNummer);
    }

    [Fact]
    public void Build_ClientRejected_EverythingBelowIsNotAssessed()
    {
        var retour = Builder.Build(Some.Toewijzing(Standard.Iwmo), MessageOutcome.RejectedClass("/Bericht/Client", "8848"), PackXsd);

        var client = retour.Client!;
        Assert.Equal(["8848"], client.RetourCodes);
        Assert.Equal(["0233"], client.Relaties![0].RetourCodes);
        Assert.Equal(["0233"], client.Relaties[0].Contact.RetourCodes);
        Assert.All(client.Contactgegevens, c => Assert.Equal(["0233"], c.RetourCodes));
        Assert.All(client.ToegewezenProducten, p => Assert.Equal(["0233"], p.RetourCodes));
    }

    [Fact]
    public void Build_RelatieRejected_ItsContactIsNotAssessedAndTheRestFine()
    {
        var retour = Builder.Build(Some.Toewijzing(Standard.Ijw), MessageOutcome.RejectedClass("/Bericht/Client/Relaties/Relatie[1]", "S300"), PackXsd);

        var client = retour.Client!;
        Assert.Equal(["0200"], client.RetourCodes);
        Assert.Equal(["S300"], client.Relaties![0].RetourCodes);
        Assert.Equal(["0233"], client.Relaties[0].Contact.RetourCodes);
        Assert.All(client.ToegewezenProducten, p => Assert.Equal(["0200"], p.RetourCodes));
    }

    [Fact]
    public void Build_FieldPath_CodeLandsOnTheClassThatHoldsIt()
    {
        var outcome = MessageOutcome.RejectedClass("/Bericht/Client/StartProducten/StartProduct[2]/Begindatum", "9074")
            .With(new ClassRejection("/Bericht/Client/StartProducten/StartProduct[2]", "9019"));

        var retour = Builder.Build(Some.Start(Standard.Ijw), outcome, PackXsd);

        Assert.Equal(["0200"], retour.Client!.RetourCodes);
        Assert.Equal(["0200"], retour.Client.StartProducten[0].RetourCodes);
        Assert.Equal(["9074", "9019"], retour.Client.StartProducten[1].RetourCodes);
    }

    [Fact]
    public void Build_PathNotInMessage_Throws()
    {
        var outcome = MessageOutcome.RejectedClass("/Bericht/Client/StopProducten/StopProduct[3]", "9413");
        Assert.Throws<ArgumentException>(() => Builder.Build(Some.Stop(Standard.Ijw), outcome, PackXsd));
    }

    [Fact]
    public void Build_VerzoekRejected_ProductsBelowAreNotAssessed()
    {
        var retour = Builder.Build(Some.VerzoekOmWijziging(Standard.Iwmo), MessageOutcome.RejectedClass("/Bericht/Client/Verzoek", "9349"), PackXsd);

        var verzoek = retour.Client!.Verzoek;
        Assert.Equal("481", retour.Header.BerichtCode);
        Assert.Equal(["0200"], retour.Client.RetourCodes);
        Assert.Equal(["9349"], verzoek.RetourCodes);
        Assert.Equal(["0233"], verzoek.OngewijzigdeProducten![0].RetourCodes);
        Assert.Equal(["0233"], verzoek.TeWijzigenProducten![0].RetourCodes);
        Assert.Equal(["0233"], verzoek.NieuweProducten![0].RetourCodes);
    }

    [Fact]
    public void Build_AntwoordRejected_EchoesAntwoordAndWoonplaatsbeginselNotAssessed()
    {
        var heen = Some.Antwoord(Standard.Ijw);

        var retour = Builder.Build(heen, MessageOutcome.RejectedClass("/Bericht/Antwoord", "9355"), PackXsd);

        Assert.Equal("489", retour.Header.BerichtCode);
        Assert.Equal(["0200"], retour.Header.RetourCodes);
        Assert.Equal(heen.Antwoord.ReferentieAanbieder, retour.Antwoord!.ReferentieAanbieder);
        Assert.Equal(["9355"], retour.Antwoord.RetourCodes);
        Assert.Equal(["0233"], retour.Antwoord.Woonplaatsbeginsel!.RetourCodes);
    }

    [Theory]
    [InlineData(MessageCode.Toewijzing, MessageCode.ToewijzingRetour)]
    [InlineData(MessageCode.Start, MessageCode.StartRetour)]
    [InlineData(MessageCode.Stop, MessageCode.StopRetour)]
    [InlineData(MessageCode.VerzoekOmToewijzing, MessageCode.VerzoekOmToewijzingRetour)]
    [InlineData(MessageCode.VerzoekOmWijziging, MessageCode.VerzoekOmWijzigingRetour)]
    [InlineData(MessageCode.Antwoord, MessageCode.AntwoordRetour)]
    public void Build_AnyHeen_GivesItsRetour(MessageCode heen, MessageCode expected)
    {
        var retour = Builder.Build(Some.Heen(Standard.Iwmo, heen), MessageOutcome.Accepted(), PackXsd);
        Assert.Equal(expected, retour.Code);
        Assert.Equal(MessageCatalog.Get(expected).BerichtCode(Standard.Iwmo), retour.Header.BerichtCode);
    }

    [Fact]
    public void Build_Declaratie_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => Builder.Build(Some.Declaratie(Standard.Ijw), MessageOutcome.Accepted(), PackXsd));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("RETOUR0000001")]
    public void Build_GeneratorGivesBadIdentificatie_Throws(string id)
    {
        var builder = new RetourBuilder(_time, new FixedIdentificatie(id));
        Assert.Throws<InvalidOperationException>(() => builder.Build(Some.Start(Standard.Ijw), MessageOutcome.Accepted(), PackXsd));
    }

    private sealed class FixedIdentificatie(string id) : IIdentificatieGenerator
    {
        public string Next(MessageCode message) => id;
    }
}
