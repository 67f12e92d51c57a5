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
}
