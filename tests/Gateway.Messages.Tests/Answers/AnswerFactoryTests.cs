using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Tests.Support;
using Gateway.Messages.Validation;

namespace Gateway.Messages.Tests.Answers;

public class AnswerFactoryTests
{
    private static readonly MessageValidator Validator = new(new MessagesOptions { SchemaRoot = RepoPaths.Schemas });

    private readonly AnswerFactory _factory = new(
        Validator.Schemas,
        new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero)),
        new SequentialIdentificaties());

    [Fact]
    public void Decide_AcceptedToewijzing_HeaderOnly302ThatValidates()
    {
        var decision = _factory.Decide(Validator.ValidateFile(RepoPaths.Sample("ijw", "jw301-toewijzing.xml")));

        var retour = Assert.IsType<Bericht302>(decision.Answer);
        Assert.Equal(AnswerKind.Answer, decision.Kind);
        Assert.Empty(retour.Header.RetourCodes);
        Assert.Null(retour.Header.XsltVersie);
        Assert.Null(retour.Client);
        Assert.True(Validator.Validate(BerichtWriter.ToBytes(retour)).IsValid);
    }

    [Fact]
    public void Decide_BrokenRule_RetourWith0001AndXsltVersie()
    {
        var decision = _factory.Decide(Validator.ValidateFile(RepoPaths.Sample("invalid", "CS002-bsn-voldoet-niet-aan-elfproef.xml")));

        var retour = Assert.IsType<Bericht306>(decision.Answer);
        Assert.Equal(["0001"], retour.Header.RetourCodes);
        Assert.Equal("1.0.0", retour.Header.XsltVersie);
        Assert.True(Validator.Validate(BerichtWriter.ToBytes(retour)).IsValid);
    }

    [Fact]
    public void Decide_AcceptedDeclaratie_325With0200And8001()
    {
        var decision = _factory.Decide(Validator.ValidateFile(RepoPaths.Sample("iwmo", "wmo323-declaratie.xml")));

        var antwoord = Assert.IsType<Bericht325>(decision.Answer);
        Assert.Equal(["0200"], antwoord.Header.RetourCodes);
        Assert.Equal(["8001"], antwoord.DeclaratieAntwoord!.RetourCodes);
        Assert.True(Validator.Validate(BerichtWriter.ToBytes(antwoord)).IsValid);
    }

    [Fact]
    public void Decide_Level1Failure_TransportErrorStUF055WithoutAnswer()
    {
        var decision = _factory.Decide(Validator.ValidateFile(RepoPaths.Sample("invalid", "CS025-berichtversie-niet-3.xml")));

        Assert.Equal((AnswerKind.TransportError, "StUF055"), (decision.Kind, decision.TransportErrorCode));
        Assert.Null(decision.Answer);
    }

    [Theory]
    [InlineData("ijw", "jw302-toewijzing-retour.xml")]
    [InlineData("iwmo", "wmo325-declaratie-antwoord.xml")]
    public void Decide_AnAnswer_GetsNone(string standard, string file)
    {
        var decision = _factory.Decide(Validator.ValidateFile(RepoPaths.Sample(standard, file)));

        Assert.Equal(AnswerKind.None, decision.Kind);
        Assert.Null(decision.Answer);
    }

    [Fact]
    public void Decide_Levels3And4ClassRejection_MergedIntoTheAnswer()
    {
        var result = Validator.ValidateFile(RepoPaths.Sample("ijw", "jw301-toewijzing.xml"));

        var decision = _factory.Decide(result, MessageOutcome.RejectedClass("/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]", "8187"));

        var retour = Assert.IsType<Bericht302>(decision.Answer);
        Assert.Equal(["0200"], retour.Header.RetourCodes);
        Assert.NotNull(retour.Client);
    }
}
