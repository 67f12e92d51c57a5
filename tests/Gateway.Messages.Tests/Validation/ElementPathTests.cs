using Gateway.Messages.Validation;

namespace Gateway.Messages.Tests.Validation;

/// <summary>The path bookkeeping reuses one frame per depth and counts siblings inline until there are many names.</summary>
public sealed class ElementPathTests
{
    [Fact]
    public void Enter_ManyDistinctChildNames_IndexesStayRight()
    {
        var path = new ElementPath();
        path.Enter("Root", 0, null);
        for (var i = 0; i < 40; i++)
        {
            path.Enter("N" + i, 1, null);
        }

        path.Enter(string.Concat("N", "3"), 1, null); // an equal name that is another instance
        Assert.Equal("/Root/N3[2]", path.Render(2));
        path.Enter("N39", 1, null);
        Assert.Equal("/Root/N39[2]", path.Render(2));
        Assert.Equal("/Root/N0[2]", path.Render(1, "N0"));
        Assert.Equal("/Root/New", path.Render(1, "New"));
    }

    [Fact]
    public void Enter_NextElementAtSameDepth_StartsWithFreshChildCountsAndNoText()
    {
        var path = new ElementPath();
        path.Enter("Root", 0, null);
        var first = path.Enter("Client", 1, null);
        first.KeepText = true;
        first.AppendText("kept");
        for (var i = 0; i < 40; i++)
        {
            path.Enter("C" + i, 2, null);
            path.Enter("Item", 2, null);
        }

        Assert.Equal("/Root/Client/Item[40]", path.Render(3));

        var second = path.Enter("Client", 1, null);

        Assert.Equal(string.Empty, second.Text);
        Assert.False(second.KeepText);
        path.Enter("Item", 2, null);
        Assert.Equal("/Root/Client[2]/Item", path.Render(3));
    }

    [Fact]
    public void AppendText_OnlyWhenKept_AndCapped()
    {
        var path = new ElementPath();
        var frame = path.Enter("Root", 0, null);
        frame.AppendText("dropped");
        Assert.Equal(string.Empty, frame.Text);

        frame.KeepText = true;
        frame.AppendText(new string('x', 300));
        Assert.Equal(256, frame.Text.Length);
    }

    [Fact]
    public void Enter_DeeperThanTheInitialFrames_Grows()
    {
        var path = new ElementPath();
        for (var depth = 0; depth < 40; depth++)
        {
            path.Enter("E", depth, null);
        }

        Assert.Equal(40, path.Depth);
        Assert.Equal(string.Concat(Enumerable.Repeat("/E", 40)), path.Render(40));
    }

    [Fact]
    public void StartsWith_ComparesNamesAndRefusesIndexedSegments()
    {
        var path = new ElementPath();
        path.Enter("Bericht", 0, null);
        path.Enter("Header", 1, null);
        Assert.True(path.StartsWith(["Bericht", "Header"]));
        Assert.False(path.StartsWith(["Bericht", "Header", "XsdVersie"]));
        Assert.False(path.StartsWith(["Bericht", "Client"]));

        path.Enter("Header", 1, null);
        Assert.False(path.StartsWith(["Bericht", "Header"]));
    }
}
