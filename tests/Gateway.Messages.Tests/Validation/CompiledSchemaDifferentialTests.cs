using System.Text;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Gateway.Messages.Schemas;
using Gateway.Messages.Tests.Support;
using Gateway.Messages.Validation;

namespace Gateway.Messages.Tests.Validation;

/// <summary>
/// The compiled check against the framework's validating reader, over the official samples and many mutations of
/// them: it never vouches for a document the framework rejects, it vouches for the valid samples, and level 1 reports
/// exactly the same with and without it.
/// </summary>
public sealed class CompiledSchemaDifferentialTests
{
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>Values put into every leaf: empty, whitespace, too long, wrong pattern, out of range, extra digits, wrong code.</summary>
    private static readonly string[] EdgeValues =
    [
        string.Empty, " ", "\t", "0", "1", "-1", "+1", "01", "99", "1.5", "1e3", "0001", "abc", "ABC", "é", "x y",
        "999999999999999999999", new string('9', 40), new string('x', 300), "2026-02-30", "2026-13-01", "2026-01-01Z",
        "2026-1-1", "25:00:00", "10:00", "10:00:00.5", "12:00:00+01:00", "true", "3", "2",
    ];

    public static TheoryData<string> ValidSamples() => new(SampleMessages.ValidFiles());

    [Theory]
    [MemberData(nameof(ValidSamples))]
    public void Check_ValidSample_Vouches(string sample)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.Samples, sample));

        Assert.True(Vouches(bytes), sample);
        Assert.True(Level1(bytes, compiled: true).IsValid);
    }

    [Theory]
    [MemberData(nameof(ValidSamples))]
    public void Check_MutatedSample_NeverVouchesForWhatTheFrameworkRejects(string sample)
    {
        var original = XDocument.Load(Path.Combine(RepoPaths.Samples, sample), LoadOptions.PreserveWhitespace);
        var failures = new List<string>();
        var vouched = 0;
        var rejected = 0;
        foreach (var (what, document) in Mutations(original))
        {
            var bytes = Encoding.UTF8.GetBytes(document);
            var frameworkAccepts = FrameworkAccepts(bytes);
            var vouches = Vouches(bytes);
            vouched += vouches ? 1 : 0;
            rejected += frameworkAccepts ? 0 : 1;
            if (vouches && !frameworkAccepts)
            {
                failures.Add($"vouched for what the framework rejects: {what}");
            }

            var withCheck = Level1(bytes, compiled: true);
            var without = Level1(bytes, compiled: false);
            if (Render(withCheck) != Render(without))
            {
                failures.Add($"level 1 differs with the check: {what}\n  with:    {Render(withCheck)}\n  without: {Render(without)}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
        // The mutations must exercise both answers, or the comparison above proves nothing.
        Assert.True(vouched > 0 && rejected > 0, $"vouched {vouched}, rejected {rejected}");
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE Bericht [<!ENTITY e \"x\">]><Bericht/>")]
    [InlineData("<Bericht xmlns=\"urn:other\"/>")]
    [InlineData("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><Bericht/>")]
    [InlineData("not xml")]
    public void Check_DocumentOutsideTheSubset_DoesNotVouch(string document) =>
        Assert.False(Vouches(Encoding.UTF8.GetBytes(document)));

    /// <summary>Every element dropped, duplicated and moved; every leaf given every edge value; attributes, comments, CDATA and text where none belong.</summary>
    private static IEnumerable<(string What, string Document)> Mutations(XDocument original)
    {
        var elements = original.Root!.Descendants().ToList();
        for (var i = 0; i < elements.Count; i++)
        {
            var name = elements[i].Name.LocalName;
            yield return ($"{name} #{i} dropped", Mutate(original, i, e => e.Remove()));
            yield return ($"{name} #{i} duplicated", Mutate(original, i, e => e.AddAfterSelf(new XElement(e))));
            yield return ($"{name} #{i} moved first", Mutate(original, i, e =>
            {
                var parent = e.Parent!;
                e.Remove();
                parent.AddFirst(e);
            }));
            yield return ($"{name} #{i} moved last", Mutate(original, i, e =>
            {
                var parent = e.Parent!;
                e.Remove();
                parent.Add(e);
            }));
            yield return ($"{name} #{i} with an attribute", Mutate(original, i, e => e.SetAttributeValue("extra", "1")));
            yield return ($"{name} #{i} nil", Mutate(original, i, e => e.SetAttributeValue(Xsi + "nil", "true")));
            if (elements[i].HasElements)
            {
                yield return ($"{name} #{i} with text", Mutate(original, i, e => e.AddFirst(new XText("x"))));
                yield return ($"{name} #{i} emptied", Mutate(original, i, e => e.RemoveNodes()));
                continue;
            }

            var value = elements[i].Value;
            yield return ($"{name} #{i} with a child", Mutate(original, i, e => e.Add(new XElement(e.Name.Namespace + "Extra"))));
            yield return ($"{name} #{i} commented", Mutate(original, i, e => e.Add(new XComment("c"))));
            yield return ($"{name} #{i} as CDATA", Mutate(original, i, e => e.ReplaceNodes(new XCData(value))));
            var variants = EdgeValues.Concat(
            [
                " " + value, value + " ", value + "\n", value + "x", value + "0", "0" + value, value.Length > 1 ? value[..^1] : "",
                value.Length > 0 ? "A" + value[1..] : "A", value.Replace('-', '/'), value + value,
            ]);
            foreach (var variant in variants.Distinct(StringComparer.Ordinal))
            {
                yield return ($"{name} #{i} = '{variant}'", Mutate(original, i, e => e.Value = variant));
            }
        }

        yield return ("root with an attribute", Mutate(original, -1, e => e.SetAttributeValue("extra", "1")));
        yield return ("root with schemaLocation", Mutate(original, -1, e => e.SetAttributeValue(Xsi + "schemaLocation", "a b")));
    }

    private static string Mutate(XDocument original, int index, Action<XElement> change)
    {
        var copy = new XDocument(original);
        change(index < 0 ? copy.Root! : copy.Root!.Descendants().ElementAt(index));
        return copy.Declaration + copy.ToString(SaveOptions.DisableFormatting);
    }

    private static bool Vouches(byte[] document)
    {
        using var reader = XmlReader.Create(new MemoryStream(document), SafeXmlReaderSettings.Plain(Level1Options.DefaultMaxDocumentBytes));
        try
        {
            reader.MoveToContent();
            var pack = Jw301Document.Schemas.FindPack(reader.NamespaceURI);
            if (pack is null || CompiledSchema.TryCompile(pack.SchemaSet, out _) is not { } schema)
            {
                return false;
            }

            var check = CompiledSchemaCheck.Start(schema);
            try
            {
                var more = true;
                while (more && check.Step(reader))
                {
                    more = reader.Read();
                }

                return !more && check.Completed;
            }
            finally
            {
                check.Release();
            }
        }
        catch (XmlException)
        {
            return false;
        }
    }

    private static bool FrameworkAccepts(byte[] document)
    {
        using var plain = XmlReader.Create(new MemoryStream(document), SafeXmlReaderSettings.Plain(Level1Options.DefaultMaxDocumentBytes));
        plain.MoveToContent();
        var pack = Jw301Document.Schemas.FindPack(plain.NamespaceURI)!;
        var settings = SafeXmlReaderSettings.Validating(Level1Options.DefaultMaxDocumentBytes, pack.SchemaSet);
        var accepted = true;
        settings.ValidationEventHandler += (_, _) => accepted = false;
        using var validating = XmlReader.Create(plain, settings);
        while (validating.Read())
        {
        }

        return accepted;
    }

    private static Level1Result Level1(byte[] document, bool compiled) =>
        Jw301Document.Validator(new Level1Options { CompiledSchemas = compiled }).Validate(document);

    private static string Render(Level1Result result) =>
        $"{result.Identity} " + string.Join(" | ", result.Issues.Select(i => $"{i.Code} {i.Rule} {i.Path} {i.Line}:{i.Column} {i.Message}"));
}
