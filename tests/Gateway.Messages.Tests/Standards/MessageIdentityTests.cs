using Gateway.Messages.Standards;

namespace Gateway.Messages.Tests.Standards;

public sealed class MessageIdentityTests
{
    [Theory]
    [InlineData(Standard.Ijw, MessageCode.Toewijzing, "http://www.istandaarden.nl/ijw/3_2/jw301/schema")]
    [InlineData(Standard.Iwmo, MessageCode.DeclaratieAntwoord, "http://www.istandaarden.nl/iwmo/3_2/wmo325/schema")]
    public void Namespace_Release32_FollowsThePattern(Standard standard, MessageCode code, string expected)
    {
        Assert.Equal(expected, new MessageIdentity(standard, code, "3.2").Namespace);
    }

    [Fact]
    public void Catalog_EveryHeenBericht_HasExactlyOneAnswerThatPointsBack()
    {
        foreach (var heen in MessageCatalog.Messages.Where(m => m.AnswerCode is not null))
        {
            var answer = MessageCatalog.Get(heen.AnswerCode!.Value);
            Assert.Equal(heen.Code, answer.AnswersCode);
            Assert.NotEqual(heen.Sender, answer.Sender);
        }

        Assert.Equal(14, MessageCatalog.Messages.Count);
    }
}
