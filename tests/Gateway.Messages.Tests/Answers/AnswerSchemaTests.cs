using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Messages.Tests.Support;

namespace Gateway.Messages.Tests.Answers;

/// <summary>
/// Every answer the builders make, for every heen-bericht of both standards and for every kind of outcome, is written
/// with <see cref="BerichtWriter"/> and must validate against its own schema in the pack.
/// </summary>
public sealed class AnswerSchemaTests
{
    private static readonly Dictionary<Standard, XmlSchemaSet> Packs = new()
    {
        [Standard.Ijw] = LoadPack(Standard.Ijw),
        [Standard.Iwmo] = LoadPack(Standard.Iwmo),
    };

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 10, 8, 0, 0, TimeSpan.Zero));
    private readonly SequentialIdentificaties _ids = new();

    public enum Kind
    {
        Accepted,
        Level2,
        Header,
        DeepestClass,
        FirstClass,
    }

    public static TheoryData<string, Kind> SampleHeen()
    {
        var data = new TheoryData<string, Kind>();
        foreach (var standard in new[] { Standard.Ijw, Standard.Iwmo })
        {
            foreach (var code in Some.HeenCodes)
            {
                var pattern = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{standard.MessagePrefix()}{(int)code}-*.xml");
                var files = Directory.GetFiles(RepoPaths.Sample(standard.Key()), pattern);
                Assert.NotEmpty(files);
                foreach (var file in files)
                {
                    foreach (var kind in Enum.GetValues<Kind>())
                    {
                        data.Add(Path.Combine(standard.Key(), Path.GetFileName(file)), kind);
                    }
                }
            }
        }

        return data;
    }

    public static TheoryData<Standard, MessageCode, Kind> GeneratedHeen()
    {
        var data = new TheoryData<Standard, MessageCode, Kind>();
        foreach (var standard in new[] { Standard.Ijw, Standard.Iwmo })
        {
            foreach (var code in Some.HeenCodes)
            {
                foreach (var kind in Enum.GetValues<Kind>())
                {
                    data.Add(standard, code, kind);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SampleHeen))]
    public void Answer_ToSample_ValidatesAgainstItsSchema(string sample, Kind kind)
    {
        var heen = BerichtReader.Read(File.ReadAllBytes(RepoPaths.Sample(sample.Split(Path.DirectorySeparatorChar))));
        AssertAnswerValid(heen, kind);
    }

    [Theory]
    [MemberData(nameof(GeneratedHeen))]
    public void Answer_ToGeneratedHeen_ValidatesAgainstItsSchema(Standard standard, MessageCode code, Kind kind)
    {
        AssertAnswerValid(Some.Heen(standard, code), kind);
    }

    [Theory]
    [InlineData(Standard.Ijw)]
    [InlineData(Standard.Iwmo)]
    public void Some_EveryHeen_ValidatesAgainstItsSchema(Standard standard)
    {
        foreach (var code in Some.HeenCodes)
        {
            var errors = Validate(BerichtWriter.ToBytes(Some.Heen(standard, code)), standard);
            Assert.True(errors.Count == 0, $"{code}: " + string.Join(Environment.NewLine, errors));
        }
    }

    [Theory]
    [InlineData(Standard.Ijw)]
    [InlineData(Standard.Iwmo)]
    public void Catalogue_EqualsTheRetourCodeEnumerationOfThePack(Standard standard)
    {
        var basisschema = XDocument.Load(Path.Combine(RepoPaths.Schemas, standard.Key(), "3.2", "basisschema.xsd"));
        XNamespace xs = "http://www.w3.org/2001/XMLSchema";
        var enumeration = basisschema.Descendants(xs + "simpleType")
            .Single(t => (string?)t.Attribute("name") == "LDT_RetourCode")
            .Descendants(xs + "enumeration")
            .Select(e => (string)e.Attribute("value")!)
            .Order(StringComparer.Ordinal);

        Assert.Equal(enumeration, RetourCodeCatalogue.All.Select(c => c.Code));
    }

    private void AssertAnswerValid(Bericht heen, Kind kind)
    {
        var outcome = Outcome(heen, kind);
        var answerCode = MessageCatalog.Get(heen.Code).AnswerCode!.Value;
        var xsd = PackVersions(heen.Standard, answerCode);
        Bericht answer = heen is Bericht323 declaratie
            ? new DeclaratieAntwoordBuilder(_time, _ids).Build(declaratie, outcome, xsd, "1.0.0")
            : new RetourBuilder(_time, _ids).Build(heen, outcome, xsd, "1.0.0");

        Assert.Equal(answerCode, answer.Code);
        var errors = Validate(BerichtWriter.ToBytes(answer), heen.Standard);
        Assert.True(errors.Count == 0, $"{answer.Identity} for {kind}: " + string.Join(Environment.NewLine, errors));

        // The document reads back to the same codes in the same places.
        var reread = BerichtReader.Read(BerichtWriter.ToBytes(answer));
        Assert.Equal(Codes(answer), Codes(reread));
    }

    private static MessageOutcome Outcome(Bericht heen, Kind kind)
    {
        var classes = ClassPaths.Of(heen).Where(c => c.Path != ClassPaths.Header).Select(c => c.Path).ToList();
        return kind switch
        {
            Kind.Accepted => MessageOutcome.Accepted(),
            Kind.Level2 => MessageOutcome.RejectedAtLevel2(),
            Kind.Header => MessageOutcome.Rejected("9056"),
            Kind.DeepestClass => MessageOutcome.RejectedClass(classes.MaxBy(p => p.Count(ch => ch == '/'))!, "S329"),
            Kind.FirstClass => MessageOutcome.RejectedClass(classes[0], "8848"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    private static List<string> Codes(Bericht bericht) =>
        ClassPaths.Of(bericht)
            .Select(c => c.Record switch
            {
                RetourHeader h => c.Path + "=" + string.Join(',', h.RetourCodes),
                DeclaratieAntwoordHeader h => c.Path + "=" + string.Join(',', h.RetourCodes),
                IMessageClass m => c.Path + "=" + string.Join(',', m.RetourCodes),
                _ => c.Path,
            })
            .ToList();

    private static XsdVersie PackVersions(Standard standard, MessageCode code)
    {
        var file = Path.Combine(RepoPaths.Schemas, standard.Key(), "3.2", standard.MessagePrefix() + (int)code + ".xsd");
        var appinfo = XDocument.Load(file).Descendants().Where(e => e.Name.LocalName == "appinfo").Single();
        string Value(string name) => appinfo.Elements().Single(e => e.Name.LocalName == name).Value;
        return new XsdVersie(Value("BasisschemaXsdVersie"), Value("BerichtXsdVersie"));
    }

    private static List<string> Validate(byte[] document, Standard standard)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Packs[standard] };
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} line {e.Exception?.LineNumber}: {e.Message}");
        using var stream = new MemoryStream(document);
        using var reader = XmlReader.Create(stream, settings);
        while (reader.Read())
        {
        }

        return errors;
    }

    private static XmlSchemaSet LoadPack(Standard standard)
    {
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Schemas, standard.Key(), "3.2"), "*.xsd").Where(f => !f.EndsWith("basisschema.xsd", StringComparison.Ordinal)))
        {
            set.Add(null, file);
        }

        set.Compile();
        return set;
    }
}
