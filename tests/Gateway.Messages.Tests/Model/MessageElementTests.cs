using System.Xml;
using System.Xml.Linq;
using Gateway.Messages.Model;

namespace Gateway.Messages.Tests.Model;

public class MessageElementTests
{
    [Theory]
    [InlineData("<a>plain</a>")]
    [InlineData("<a>one &amp; <![CDATA[two <b>]]> three</a>")]
    [InlineData("<a><b>x</b>between<c>y<d>z</d></c>after</a>")]
    [InlineData("<a>before<b/><!-- no --><?pi no?>tail</a>")]
    [InlineData("<a></a>")]
    [InlineData("<a/>")]
    [InlineData("<a>  <b> spaced </b>  </a>")]
    public void Value_AnyContent_IsTheTextOfXElementValue(string xml)
    {
        var element = Read(xml, out _);

        Assert.Equal(XElement.Parse(xml, LoadOptions.PreserveWhitespace).Value, element.Value);
    }

    [Fact]
    public void ReadFrom_NestedElements_KeepsChildrenInDocumentOrderWithTheirNamespaces()
    {
        var element = Read("<a xmlns='urn:m' xmlns:b='urn:b'><x>1</x><b:y><z/></b:y><x>2</x></a>", out _);

        var children = Children(element).Select(c => (c.LocalName, c.NamespaceUri, c.HasElements)).ToList();

        Assert.Equal([("x", "urn:m", false), ("y", "urn:b", true), ("x", "urn:m", false)], children);
        Assert.True(Children(element)[1].FirstChild!.Is("z", "urn:m"));
    }

    [Fact]
    public void ReadFrom_LeavesTheReaderOnTheNodeAfterTheElement_AsXNodeReadFromDoes()
    {
        const string xml = "<root><a><b>1</b></a><next/>text</root>";
        using var ours = XmlReader.Create(new StringReader(xml));
        using var theirs = XmlReader.Create(new StringReader(xml));
        ours.MoveToContent();
        ours.Read();
        theirs.MoveToContent();
        theirs.Read();

        MessageElement.ReadFrom(ours);
        XNode.ReadFrom(theirs);

        Assert.Equal((theirs.NodeType, theirs.LocalName), (ours.NodeType, ours.LocalName));
    }

    [Fact]
    public void ReadFrom_ReaderNotOnAnElement_Throws()
    {
        using var reader = XmlReader.Create(new StringReader("<a>text</a>"));
        reader.MoveToContent();
        reader.Read();

        Assert.Throws<InvalidOperationException>(() => MessageElement.ReadFrom(reader));
    }

    private static MessageElement Read(string xml, out XmlReader reader)
    {
        reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { IgnoreComments = true, IgnoreProcessingInstructions = true });
        reader.MoveToContent();
        return MessageElement.ReadFrom(reader);
    }

    private static List<MessageElement> Children(MessageElement element)
    {
        var children = new List<MessageElement>();
        for (var child = element.FirstChild; child is not null; child = child.NextSibling)
        {
            children.Add(child);
        }

        return children;
    }
}
