using Gateway.Messages.Validation;

namespace Gateway.Messages.Tests.Validation;

public sealed class PathLocatorTests
{
    private static readonly byte[] Document = Jw301Document.Bytes(Jw301Document.Valid);

    [Fact]
    public void Locate_IndexedAndUnindexedPaths_GiveStartTagPositions()
    {
        const string second = "/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]/Einddatum";
        const string bsn = "/Bericht/Client/Bsn";

        var found = PathLocator.Locate(Document, [second, bsn]);

        Assert.Equal(Jw301Document.LineOf(Jw301Document.Valid, "<jw301:Einddatum>", 2), found[second].Line);
        Assert.Equal(Jw301Document.LineOf(Jw301Document.Valid, "<jw301:Bsn>"), found[bsn].Line);
        var bsnLine = Jw301Document.Valid.Split('\n')[found[bsn].Line - 1];
        Assert.Equal(bsnLine.IndexOf("jw301:Bsn", StringComparison.Ordinal) + 1, found[bsn].Column);
    }

    [Fact]
    public void Locate_ExplicitFirstIndex_SameAsNoIndex()
    {
        var found = PathLocator.Locate(Document, ["/Bericht/Client/ToegewezenProducten/ToegewezenProduct/Einddatum", "/Bericht[1]/Client/ToegewezenProducten/ToegewezenProduct[1]/Einddatum[1]"]);

        Assert.Equal(2, found.Count);
        Assert.Equal(found.Values.First(), found.Values.Last());
    }

    [Fact]
    public void Locate_MissingPath_IsAbsent()
    {
        var found = PathLocator.Locate(Document, ["/Bericht/Client/ToegewezenProducten/ToegewezenProduct[3]"]);

        Assert.Empty(found);
    }

    [Fact]
    public void Locate_PathFromValidatorIssue_FindsTheSameLine()
    {
        var xml = Jw301Document.Valid.Replace("2026-11-30", "2026-13-01", StringComparison.Ordinal);
        var bytes = Jw301Document.Bytes(xml);
        var issue = Assert.Single(Jw301Document.Validator().Validate(bytes).Issues);

        var found = PathLocator.Locate(bytes, [issue.Path!]);

        Assert.Equal(issue.Line, found[issue.Path!].Line);
    }

    [Fact]
    public void Locate_Doctype_IsRefused()
    {
        var xml = "<!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>";

        Assert.ThrowsAny<System.Xml.XmlException>(() => PathLocator.Locate(Jw301Document.Bytes(xml), ["/a"]));
    }
}
