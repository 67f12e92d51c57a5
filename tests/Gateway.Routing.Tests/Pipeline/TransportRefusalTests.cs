using Gateway.Messages.Envelopes.Ggk;
using Gateway.Routing.Pipeline;

namespace Gateway.Routing.Tests.Pipeline;

public sealed class TransportRefusalTests
{
    [Fact]
    public void ToBytes_ReasonWithinTheLimit_Whole()
    {
        var reason = "The document does not match the XSD of its message.";

        var stored = TransportRefusal.FromBytes(new TransportRefusal(TransportRefusal.StUF055, reason, null).ToBytes());

        Assert.Equal(reason, stored.Omschrijving);
    }

    [Fact]
    public void ToBytes_LongReason_CutAtAWordBoundaryWithAnEllipsisWithinTheHubsLimit()
    {
        var reason = string.Join(' ', Enumerable.Repeat("Kolom", 30)) + " eindigt " + new string('x', 12) + " hier met een lang verhaal dat niet past.";

        var stored = TransportRefusal.FromBytes(new TransportRefusal(TransportRefusal.StUF055, reason, null).ToBytes()).Omschrijving;

        Assert.True(stored.Length <= StufOmschrijving.MaxLength, $"{stored.Length} characters");
        Assert.EndsWith("…", stored, StringComparison.Ordinal);
        var kept = stored[..^1];
        Assert.StartsWith(kept, reason, StringComparison.Ordinal);
        Assert.Equal(' ', reason[kept.Length]);
    }
}
