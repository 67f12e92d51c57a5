using Gateway.HubSimulator.Provider;
using Gateway.HubSimulator.Tests.Support;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Messages.Validation;

namespace Gateway.HubSimulator.Tests.Provider;

public class ProviderMessageFactoryTests
{
    private static readonly Lazy<MessageValidator> Validator = new(() => new MessageValidator(new MessagesOptions { SchemaRoot = RepoPaths.Schemas }));

    public static TheoryData<Standard, MessageCode> Cases()
    {
        var data = new TheoryData<Standard, MessageCode>();
        foreach (var standard in new[] { Standard.Ijw, Standard.Iwmo })
        {
            foreach (var code in new[] { MessageCode.Start, MessageCode.Stop, MessageCode.VerzoekOmToewijzing, MessageCode.VerzoekOmWijziging, MessageCode.Declaratie })
            {
                data.Add(standard, code);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Built_PassesLevel1And2(Standard standard, MessageCode code)
    {
        var factory = new ProviderMessageFactory(TimeProvider.System, new XsdVersie("1.0.0", "1.0.0"), "TST");
        var client = SampleRegion.Create(1, 40).Clients.First(c => c.Standard == standard);
        var t = factory.MadeUpToewijzing(client, "12345678", 1001);
        Bericht bericht = code switch
        {
            MessageCode.Start => factory.Start(t),
            MessageCode.Stop => factory.Stop(t),
            MessageCode.VerzoekOmToewijzing => factory.VerzoekOmToewijzing(client, "12345678"),
            MessageCode.VerzoekOmWijziging => factory.VerzoekOmWijziging(t),
            _ => factory.Declaratie([t, factory.MadeUpToewijzing(client, "12345678", 1002)], new Random(1)),
        };

        var result = Validator.Value.Validate(BerichtWriter.ToBytes(bericht));

        Assert.True(result.IsValid, string.Join("\n", result.Issues.Select(i => $"{i.Code} {i.Path}: {i.Message}")));
        Assert.True(bericht.Header.BerichtIdentificatie.Identificatie.Length <= 12);
    }

    [Fact]
    public void Declaratie_ToewijzingWithOmvangAndATariff_OnePeriodsVolumeInItsUnitAtTheTariff_FromItsIngangsdatum()
    {
        var factory = new ProviderMessageFactory(TimeProvider.System, new XsdVersie("1.0.0", "1.0.0"), "TST");
        var client = SampleRegion.Create(clients: 1).Clients[0];
        var toewijzing = new KnownToewijzing(Standard.Ijw, "0363", "12345678", client, 5, new Product("45", "45A48"), factory.LastMonth.AddDays(9), null, new Omvang(4, "04", "2"));

        var declaratie = factory.Declaratie([toewijzing], new Random(1), factory.LastMonth, (_, _) => 9850);

        var prestatie = Assert.Single(Assert.Single(declaratie.Declaratie.Clienten).Prestaties);
        Assert.Equal(("04", 4L, (long?)9850L, 39400L), (prestatie.Eenheid, prestatie.GeleverdVolume, prestatie.ProductTarief, prestatie.IngediendBedrag.Bedrag));
        Assert.Equal(factory.LastMonth.AddDays(9), prestatie.ProductPeriode.Begindatum);
        Assert.Equal(factory.LastMonth.AddMonths(1).AddDays(-1), prestatie.ProductPeriode.Einddatum);
        Assert.Equal(39400, declaratie.Declaratie.TotaalIngediendBedrag.TotaalBedrag);
        Assert.Equal([factory.LastMonth, factory.LastMonth.AddMonths(-1)], factory.DeclarableMonths(toewijzing with { Ingangsdatum = factory.LastMonth.AddMonths(-3) }));
        Assert.Equal([factory.LastMonth], factory.DeclarableMonths(toewijzing));
    }
}
