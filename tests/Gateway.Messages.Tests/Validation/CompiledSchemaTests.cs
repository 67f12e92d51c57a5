using System.Xml;
using System.Xml.Schema;
using Gateway.Messages.Validation;

namespace Gateway.Messages.Tests.Validation;

public sealed class CompiledSchemaTests
{
    private const string Head = "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns:t=\"urn:t\" targetNamespace=\"urn:t\" elementFormDefault=\"qualified\">";

    [Fact]
    public void TryCompile_OfficialPacks_Compile()
    {
        Assert.All(Jw301Document.Schemas.Packs, pack =>
        {
            var compiled = CompiledSchema.TryCompile(pack.SchemaSet, out var unsupported);

            Assert.True(compiled is not null, unsupported);
        });
    }

    [Fact]
    public void TryCompile_PlainSequence_Compiles()
    {
        var compiled = Compile("<xs:element name=\"R\"><xs:complexType><xs:sequence><xs:element name=\"A\" type=\"xs:string\" minOccurs=\"0\" maxOccurs=\"unbounded\"/></xs:sequence></xs:complexType></xs:element>", out var unsupported);

        Assert.True(compiled is not null, unsupported);
        Assert.NotNull(compiled.Root("R", "urn:t"));
    }

    [Fact]
    public void TryCompile_Enumeration_AcceptsOnlyTheLiteralsItsOwnFacetsAllow()
    {
        var compiled = Compile("<xs:element name=\"R\"><xs:simpleType><xs:restriction base=\"xs:string\"><xs:maxLength value=\"2\"/><xs:enumeration value=\"01\"/><xs:enumeration value=\"001\"/></xs:restriction></xs:simpleType></xs:element>", out var unsupported);

        Assert.True(compiled is not null, unsupported);
        var accepted = compiled.Root("R", "urn:t")!.Accepted!;
        Assert.Contains("01", (IReadOnlySet<string>)accepted);
        Assert.DoesNotContain("001", (IReadOnlySet<string>)accepted);
    }

    [Theory]
    [InlineData("choice", "<xs:element name=\"R\"><xs:complexType><xs:choice><xs:element name=\"A\" type=\"xs:string\"/><xs:element name=\"B\" type=\"xs:string\"/></xs:choice></xs:complexType></xs:element>")]
    [InlineData("nested sequence", "<xs:element name=\"R\"><xs:complexType><xs:sequence><xs:sequence maxOccurs=\"2\"><xs:element name=\"A\" type=\"xs:string\"/></xs:sequence></xs:sequence></xs:complexType></xs:element>")]
    [InlineData("wildcard", "<xs:element name=\"R\"><xs:complexType><xs:sequence><xs:any processContents=\"lax\"/></xs:sequence></xs:complexType></xs:element>")]
    [InlineData("attribute", "<xs:element name=\"R\"><xs:complexType><xs:sequence><xs:element name=\"A\" type=\"xs:string\"/></xs:sequence><xs:attribute name=\"x\" type=\"xs:string\" use=\"required\"/></xs:complexType></xs:element>")]
    [InlineData("mixed", "<xs:element name=\"R\"><xs:complexType mixed=\"true\"><xs:sequence><xs:element name=\"A\" type=\"xs:string\"/></xs:sequence></xs:complexType></xs:element>")]
    [InlineData("nillable", "<xs:element name=\"R\"><xs:complexType><xs:sequence><xs:element name=\"A\" type=\"xs:string\" nillable=\"true\"/></xs:sequence></xs:complexType></xs:element>")]
    [InlineData("default", "<xs:element name=\"R\"><xs:complexType><xs:sequence><xs:element name=\"A\" type=\"xs:string\" default=\"x\"/></xs:sequence></xs:complexType></xs:element>")]
    [InlineData("fixed", "<xs:element name=\"R\"><xs:complexType><xs:sequence><xs:element name=\"A\" type=\"xs:string\" fixed=\"x\"/></xs:sequence></xs:complexType></xs:element>")]
    [InlineData("list", "<xs:element name=\"R\"><xs:simpleType><xs:list itemType=\"xs:int\"/></xs:simpleType></xs:element>")]
    [InlineData("union", "<xs:element name=\"R\"><xs:simpleType><xs:union memberTypes=\"xs:int xs:date\"/></xs:simpleType></xs:element>")]
    [InlineData("QName value", "<xs:element name=\"R\" type=\"xs:QName\"/>")]
    [InlineData("ID value", "<xs:element name=\"R\"><xs:complexType><xs:sequence><xs:element name=\"A\" type=\"xs:ID\"/></xs:sequence></xs:complexType></xs:element>")]
    [InlineData("simple content", "<xs:element name=\"R\"><xs:complexType><xs:simpleContent><xs:extension base=\"xs:string\"/></xs:simpleContent></xs:complexType></xs:element>")]
    [InlineData("any type", "<xs:element name=\"R\"/>")]
    [InlineData("substitution group", "<xs:element name=\"R\" type=\"xs:string\"/><xs:element name=\"S\" type=\"xs:string\" substitutionGroup=\"t:R\"/>")]
    [InlineData("identity constraint", "<xs:element name=\"R\"><xs:complexType><xs:sequence><xs:element name=\"A\" type=\"xs:string\" maxOccurs=\"2\"/></xs:sequence></xs:complexType><xs:unique name=\"u\"><xs:selector xpath=\"t:A\"/><xs:field xpath=\".\"/></xs:unique></xs:element>")]
    public void TryCompile_ConstructOutsideTheSubset_FailsClosed(string construct, string declarations)
    {
        var compiled = Compile(declarations, out var unsupported);

        Assert.True(compiled is null, construct);
        Assert.False(string.IsNullOrEmpty(unsupported));
    }

    private static CompiledSchema? Compile(string declarations, out string? unsupported)
    {
        var set = new XmlSchemaSet { XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(Head + declarations + "</xs:schema>"));
        set.Add(XmlSchema.Read(reader, null)!);
        set.Compile();
        return CompiledSchema.TryCompile(set, out unsupported);
    }
}
