using System.Text;
using Gateway.Messages.Model;

namespace Gateway.Messages.Tests.Model;

public class PayloadRootTests
{
    private const string Ns = "http://www.istandaarden.nl/ijw/3_2/jw315/schema";

    private static byte[] Document(string beforeRoot = "", string attributes = "", int bodyChars = 0) =>
        Encoding.UTF8.GetBytes($"""<?xml version="1.0" encoding="UTF-8"?>{beforeRoot}<Bericht xmlns="{Ns}"{attributes}><Header>{new string('x', bodyChars)}</Header></Bericht>""");

    [Fact]
    public void NamespaceOf_SmallDocument_RootNamespace()
    {
        Assert.Equal(Ns, PayloadRoot.NamespaceOf(Document()));
    }

    [Fact]
    public void NamespaceOf_RootAfterTheHead_ReadFromTheWholePayload()
    {
        var comment = "<!--" + new string('c', PayloadRoot.HeadBytes * 2) + "-->";

        Assert.Equal(Ns, PayloadRoot.NamespaceOf(Document(beforeRoot: comment, bodyChars: 100)));
    }

    [Theory]
    [InlineData(-40)]
    [InlineData(0)]
    [InlineData(40)]
    public void NamespaceOf_StartTagAcrossTheHeadsEnd_RootNamespace(int shift)
    {
        // Attributes that carry the start tag's end to around the head's last byte.
        var prefix = Document().Length - "<Header></Header></Bericht>".Length;
        var filler = PayloadRoot.HeadBytes + shift - prefix - " a=\"\"".Length;
        var document = Document(attributes: $" a=\"{new string('a', filler)}\"", bodyChars: 5000);

        Assert.Equal(Ns, PayloadRoot.NamespaceOf(document));
    }

    [Theory]
    [InlineData("not XML at all")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"e\">]><x>&e;</x>")]
    [InlineData("")]
    public void NamespaceOf_NotReadable_Null(string text)
    {
        Assert.Null(PayloadRoot.NamespaceOf(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void NamespaceOf_LargeDocument_ReadsTheHeadOnly()
    {
        var document = Document(bodyChars: 100_000);
        PayloadRoot.NamespaceOf(document);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var ns = PayloadRoot.NamespaceOf(document);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(Ns, ns);

        // A reader over the whole document sizes its buffers for it: 8 KB of bytes and 16 KB of characters.
        Assert.True(allocated < 16 * 1024, $"reading the root of a 100 KB document allocated {allocated} bytes");
    }
}
