using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Messages.Tests.Support;

namespace Gateway.Messages.Tests.Answers;

/// <summary>
/// The builders reproduce the rejected retours and the partial 325 among the samples: given the heen sample and the
/// rule codes the sample answer carries, they put the same codes on the same classes.
/// </summary>
public sealed class AnswerSampleTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 10, 8, 0, 0, TimeSpan.Zero));
    private readonly SequentialIdentificaties _ids = new();

    public static TheoryData<string> RejectedRetours()
    {
        var data = new TheoryData<string>();
        foreach (var key in new[] { "ijw", "iwmo" })
        {
            foreach (var file in Directory.GetFiles(RepoPaths.Sample(key), "*-retour-afgekeurd.xml"))
            {
                data.Add(Path.Combine(key, Path.GetFileName(file)));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RejectedRetours))]
    public void RetourBuilder_RuleCodesOfSample_GiveTheSampleRetour(string sample)
    {
        var expected = Read(sample);
        var heen = HeenOf(expected);
        var outcome = MessageOutcome.RejectedClasses(RuleCodes(expected));
        Assert.Equal(OutcomeKind.RejectedAtClass, outcome.Kind);

        var built = new RetourBuilder(_time, _ids).Build(heen, outcome, new XsdVersie("1.0.0", "1.0.0"));

        Assert.Equal(CodeMap(expected), CodeMap(built));
        Assert.Equal(expected.Header.BerichtCode, built.Header.BerichtCode);
        Assert.Equal(expected.Header.Afzender, built.Header.Afzender);
        Assert.Equal(expected.Header.Ontvanger, built.Header.Ontvanger);
        Assert.Equal(expected.Header.BerichtIdentificatie, built.Header.BerichtIdentificatie);
        Assert.Equal(expected.Header.XsdVersie, built.Header.XsdVersie);
    }

    [Theory]
    [InlineData("ijw")]
    [InlineData("iwmo")]
    public void DeclaratieAntwoordBuilder_FirstPrestatieRejected_GivesTheSample325(string key)
    {
        var prefix = key == "ijw" ? "jw" : "wmo";
        var expected = (Bericht325)Read(Path.Combine(key, prefix + "325-declaratie-antwoord-prestatie-afgewezen.xml"));
        var declaratie = (Bericht323)Read(Path.Combine(key, prefix + "323-declaratie.xml"));
        var rejected = Assert.Single(expected.DeclaratieAntwoord!.Clienten!);
        var prestatie = Assert.Single(rejected.Prestaties);
        var clientIndex = declaratie.Declaratie.Clienten.ToList().FindIndex(c => c.Bsn == rejected.Bsn) + 1;
        var prestatieIndex = declaratie.Declaratie.Clienten[clientIndex - 1].Prestaties.ToList()
            .FindIndex(p => p.ProductReferentie == prestatie.ProductReferentie) + 1;
        var path = $"/Bericht/Declaratie/Clienten/Client[{clientIndex}]/Prestaties/Prestatie[{prestatieIndex}]";

        var built = new DeclaratieAntwoordBuilder(_time, _ids)
            .Build(declaratie, MessageOutcome.RejectedClass(path, prestatie.RetourCodes.Single()), expected.Header.XsdVersie);

        Assert.Equal(CodeMap(expected), CodeMap(built));
        Assert.Equal(expected.DeclaratieAntwoord.TotaalIngediendBedrag, built.DeclaratieAntwoord!.TotaalIngediendBedrag);
        Assert.Equal(expected.DeclaratieAntwoord.TotaalToegekendBedrag, built.DeclaratieAntwoord.TotaalToegekendBedrag);
        Assert.Equal(expected.Header.DeclaratieIdentificatie, built.Header.DeclaratieIdentificatie);
        Assert.Equal(expected.Header.XsdVersieDeclaratie, built.Header.XsdVersieDeclaratie);
        Assert.Equal(expected.Header.Afzender, built.Header.Afzender);
        Assert.Equal(expected.Header.Ontvanger, built.Header.Ontvanger);
        Assert.Equal(BerichtWriter.ToXml(expected), BerichtWriter.ToXml(built with { Header = expected.Header }));
    }

    private static Bericht Read(string sample) =>
        BerichtReader.Read(File.ReadAllBytes(RepoPaths.Sample(sample.Split(Path.DirectorySeparatorChar))));

    // The heen sample this retour answers: same standard, the answered message, the same BerichtIdentificatie.
    private static Bericht HeenOf(Bericht retour)
    {
        var heenCode = MessageCatalog.Get(retour.Code).AnswersCode!.Value;
        var pattern = retour.Standard.MessagePrefix() + (int)heenCode + "-*.xml";
        return Directory.GetFiles(RepoPaths.Sample(retour.Standard.Key()), pattern)
            .Select(f => BerichtReader.Read(File.ReadAllBytes(f)))
            .Single(h => h.Header.BerichtIdentificatie == retour.Header.BerichtIdentificatie);
    }

    private static IEnumerable<ClassRejection> RuleCodes(Bericht answer) =>
        from c in ClassPaths.Of(answer)
        where c.Record is IMessageClass
        from code in ((IMessageClass)c.Record).RetourCodes
        where RetourCodeCatalogue.Get(code).IsRejection
        select new ClassRejection(c.Path, code);

    private static List<string> CodeMap(Bericht bericht) =>
        ClassPaths.Of(bericht)
            .Select(c => c.Record switch
            {
                RetourHeader h => c.Path + "=" + string.Join(',', h.RetourCodes),
                DeclaratieAntwoordHeader h => c.Path + "=" + string.Join(',', h.RetourCodes),
                IMessageClass m => c.Path + "=" + string.Join(',', m.RetourCodes),
                _ => c.Path,
            })
            .ToList();
}
