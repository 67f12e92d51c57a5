using System.Xml;
using System.Xml.Schema;
using Gateway.Messages.Validation;

namespace Gateway.Messages.Tests.Validation;

/// <summary>
/// Identity constraints are checked only when the schema set declares some: the 3.x packs declare none (and skip
/// the cost), a pack that declares xs:unique, xs:key or xs:keyref keeps them enforced.
/// </summary>
public sealed class IdentityConstraintTests
{
    private const string Ns = "urn:test:identity";

    [Fact]
    public void HasIdentityConstraints_LoadedPacks_None()
    {
        Assert.All(Jw301Document.Schemas.Packs, pack => Assert.False(SafeXmlReaderSettings.HasIdentityConstraints(pack.SchemaSet)));
        var settings = SafeXmlReaderSettings.Validating(1000, Jw301Document.Schemas.Packs[0].SchemaSet);
        Assert.False(settings.ValidationFlags.HasFlag(XmlSchemaValidationFlags.ProcessIdentityConstraints));
        Assert.True(settings.ValidationFlags.HasFlag(XmlSchemaValidationFlags.ReportValidationWarnings));
    }

    [Fact]
    public void HasIdentityConstraints_NoneDeclared_False()
    {
        Assert.False(SafeXmlReaderSettings.HasIdentityConstraints(Set(ItemsType(string.Empty))));
    }

    [Theory]
    [InlineData("unique")]
    [InlineData("key")]
    public void HasIdentityConstraints_OnLocalElementOfNamedType_True(string kind)
    {
        var set = Set(ItemsType(Constraint(kind)));

        Assert.True(SafeXmlReaderSettings.HasIdentityConstraints(set));
        Assert.True(SafeXmlReaderSettings.Validating(1000, set).ValidationFlags.HasFlag(XmlSchemaValidationFlags.ProcessIdentityConstraints));
    }

    [Fact]
    public void HasIdentityConstraints_OnGlobalElement_True()
    {
        var xsd = $"""
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="{Ns}" targetNamespace="{Ns}" elementFormDefault="qualified">
              <xs:element name="Root" type="t:RootType">{Constraint("unique")}</xs:element>
              {RootAndItemTypes}
            </xs:schema>
            """;

        Assert.True(SafeXmlReaderSettings.HasIdentityConstraints(Set(xsd)));
    }

    [Fact]
    public void Validating_DeclaredUnique_DuplicateStillReported()
    {
        var set = Set(ItemsType(Constraint("unique")));
        var settings = SafeXmlReaderSettings.Validating(100_000, set);
        var errors = new List<string>();
        settings.ValidationEventHandler += (_, e) => errors.Add(e.Message);

        using var reader = XmlReader.Create(new StringReader($"""<Root xmlns="{Ns}"><Items><Item id="1"/><Item id="1"/></Items></Root>"""), settings);
        while (reader.Read())
        {
        }

        Assert.Single(errors);
    }

    private const string RootAndItemTypes = """
        <xs:complexType name="RootType"><xs:sequence><xs:element name="Items" type="t:ItemsHolder"/></xs:sequence></xs:complexType>
        <xs:complexType name="ItemType"><xs:attribute name="id" type="xs:string"/></xs:complexType>
        <xs:complexType name="ItemsHolder"><xs:sequence><xs:element name="Item" type="t:ItemType" maxOccurs="unbounded"/></xs:sequence></xs:complexType>
        """;

    private static string Constraint(string kind) =>
        $"""<xs:{kind} name="uniqueId"><xs:selector xpath=".//t:Item"/><xs:field xpath="@id"/></xs:{kind}>""";

    /// <summary>A schema whose Items element — local, inside the named type RootType — carries <paramref name="constraint"/>.</summary>
    private static string ItemsType(string constraint) => $"""
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="{Ns}" targetNamespace="{Ns}" elementFormDefault="qualified">
          <xs:element name="Root" type="t:RootType"/>
          <xs:complexType name="RootType"><xs:sequence><xs:element name="Items" type="t:ItemsHolder">{constraint}</xs:element></xs:sequence></xs:complexType>
          <xs:complexType name="ItemType"><xs:attribute name="id" type="xs:string"/></xs:complexType>
          <xs:complexType name="ItemsHolder"><xs:sequence><xs:element name="Item" type="t:ItemType" maxOccurs="unbounded"/></xs:sequence></xs:complexType>
        </xs:schema>
        """;

    private static XmlSchemaSet Set(string xsd)
    {
        var set = new XmlSchemaSet { XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(xsd));
        set.Add(Ns, reader);
        set.Compile();
        return set;
    }
}
