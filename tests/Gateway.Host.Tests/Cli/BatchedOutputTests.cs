using Gateway.Host.Cli;
using Microsoft.Extensions.Time.Testing;

namespace Gateway.Host.Tests.Cli;

public class BatchedOutputTests
{
    [Fact]
    public void Write_SmallTextsInQuickSuccession_AreHeldUntilFlush()
    {
        var target = new StringWriter();
        var output = new BatchedOutput(target, new FakeTimeProvider());

        output.Write("a\n");
        output.Write("b\n");

        Assert.Equal(string.Empty, target.ToString());
        output.Flush();
        Assert.Equal("a\nb\n", target.ToString());
    }

    [Fact]
    public void Write_PastTheChunkSize_WritesEverythingSoFarInOrder()
    {
        var target = new StringWriter();
        var output = new BatchedOutput(target, new FakeTimeProvider());
        var line = new string('x', 1023) + "\n";

        for (var i = 0; i < 40; i++)
        {
            output.Write(line);
        }

        Assert.Equal(32 * 1024, target.ToString().Length);
        output.Flush();
        Assert.Equal(40 * 1024, target.ToString().Length);
    }

    [Fact]
    public void Write_AMomentAfterThePreviousWrite_WritesAtOnce()
    {
        var target = new StringWriter();
        var time = new FakeTimeProvider();
        var output = new BatchedOutput(target, time);
        output.Write("first\n");

        time.Advance(TimeSpan.FromSeconds(1));
        output.Write("slow\n");

        Assert.Equal("first\nslow\n", target.ToString());
    }
}
