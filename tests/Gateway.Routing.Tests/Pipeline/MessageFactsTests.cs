using Gateway.Messages.Model;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Store;
using Gateway.Testing;

namespace Gateway.Routing.Tests.Pipeline;

public sealed class MessageFactsTests
{
    [Fact]
    public void BsnsOf_Toewijzing_TheClientsBsnOnce()
    {
        var bericht = Sample("ijw", "jw301-toewijzing.xml");
        var client = Assert.IsType<Bericht301>(bericht).Client.Bsn;

        Assert.Equal([client], MessageFacts.BsnsOf(bericht));
    }

    [Fact]
    public void ChainReferences_Toewijzing_EveryToewijzingNummerOnce()
    {
        var bericht = Assert.IsType<Bericht301>(Sample("ijw", "jw301-toewijzing.xml"));
        var expected = bericht.Client.ToegewezenProducten.Select(p => p.ToewijzingNummer.ToString(System.Globalization.CultureInfo.InvariantCulture)).Distinct().Order(StringComparer.Ordinal);

        var references = ChainReference.Of(bericht);

        Assert.All(references, r => Assert.Equal(ChainKind.Toewijzing, r.Kind));
        Assert.Equal(expected, references.Select(r => r.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ToNewMessage_SameMessageTwice_SameBsnsAndChainReferences()
    {
        var bericht = Sample("iwmo", "wmo323-declaratie.xml");
        var payload = RepoPaths.SampleBytes("iwmo", "wmo323-declaratie.xml");

        var first = MessageFacts.ToNewMessage(bericht, payload, MessageDirection.Inbound, MessageState.Received, "Received");
        var second = MessageFacts.ToNewMessage(bericht, payload, MessageDirection.Inbound, MessageState.Received, "Received");

        Assert.NotEmpty(first.Bsns);
        Assert.Contains(first.ChainReferences, r => r.Kind == ChainKind.Declaratie);
        Assert.Contains(first.ChainReferences, r => r.Kind == ChainKind.Toewijzing);
        Assert.Equal(first.Bsns, second.Bsns);
        Assert.Equal(first.ChainReferences, second.ChainReferences);
    }

    private static Bericht Sample(string standard, string file) => BerichtReader.Read(RepoPaths.SampleBytes(standard, file));
}
