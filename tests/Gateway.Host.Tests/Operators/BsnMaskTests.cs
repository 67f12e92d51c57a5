using Gateway.Host.Operators;

namespace Gateway.Host.Tests.Operators;

public class BsnMaskTests
{
    [Fact]
    public void MaskDocument_EveryBsnElement_OnlyLastTwoDigitsLeft()
    {
        var xml = "<jw305:Client><jw305:Bsn>123456782</jw305:Bsn></jw305:Client><Bsn> 999990184 </Bsn>";

        var masked = BsnMask.MaskDocument(xml);

        Assert.Equal("<jw305:Client><jw305:Bsn>*******82</jw305:Bsn></jw305:Client><Bsn>*******84</Bsn>", masked);
    }

    [Fact]
    public void MaskDocument_NoBsn_Unchanged()
    {
        const string Xml = "<jw301:Identificatie>123456782</jw301:Identificatie>";

        Assert.Equal(Xml, BsnMask.MaskDocument(Xml));
    }
}
