using Gateway.Host.Transport.Ggk;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Tests.Transport.Ggk;

public class GgkIntakeGateTests
{
    private static GgkIntakeGate Gate(int requests, long bytes) =>
        new(Options.Create(new GgkEndpointOptions { MaxConcurrentRequests = requests, MaxBytesInFlight = bytes }));

    [Fact]
    public void TryEnter_BeyondRequestBound_Refused()
    {
        var gate = Gate(2, 1000);
        using var first = gate.TryEnter(1);
        using var second = gate.TryEnter(1);

        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.Null(gate.TryEnter(1));
        Assert.Equal(2, gate.RequestsInFlight);
    }

    [Fact]
    public void TryEnter_BeyondByteBound_Refused_SmallerStillFits()
    {
        var gate = Gate(10, 1000);
        using var first = gate.TryEnter(700);

        Assert.Null(gate.TryEnter(301));
        using var fits = gate.TryEnter(300);
        Assert.NotNull(fits);
        Assert.Equal(1000, gate.BytesInFlight);
    }

    [Fact]
    public void Dispose_Twice_ReleasedOnce()
    {
        var gate = Gate(2, 1000);
        var lease = gate.TryEnter(400)!;
        using var other = gate.TryEnter(100);

        lease.Dispose();
        lease.Dispose();

        Assert.Equal(1, gate.RequestsInFlight);
        Assert.Equal(100, gate.BytesInFlight);
    }
}
