using System.Xml.Linq;
using Gateway.Host.Console;

namespace Gateway.Host.Tests.Console;

public sealed class SvgChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Bars_OneRectPerBar_HeightsInProportion_TallestFillsThePlot()
    {
        var svg = XElement.Parse(SvgChart.Bars("t", [new("a", 10), new("b", 5), new("c", 0)]));

        var heights = svg.Elements(Svg + "rect").Select(r => (int)r.Attribute("height")!).ToList();
        Assert.Equal(3, heights.Count);
        Assert.Equal(heights[0], 2 * heights[1]);
        Assert.Equal(0, heights[2]);
        Assert.Equal("t", svg.Element(Svg + "title")!.Value);
    }

    [Fact]
    public void Bars_LabelsAndTitleWithMarkup_AreEscaped()
    {
        var text = SvgChart.Bars("<script>x</script>", [new("<b>&", 1)]);

        Assert.DoesNotContain("<script>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", text, StringComparison.Ordinal);
        Assert.Contains("<b>&", XElement.Parse(text).Descendants(Svg + "text").Select(t => t.Value));
    }

    [Fact]
    public void Bars_NoBars_AxisAndTitleOnly()
    {
        var svg = XElement.Parse(SvgChart.Bars("leeg", []));

        Assert.Empty(svg.Elements(Svg + "rect"));
        Assert.Single(svg.Elements(Svg + "line"));
    }

    [Fact]
    public void Bars_FortyEightHours_LabelsOnlyEveryFewAndAlwaysTheLast()
    {
        var bars = Enumerable.Range(0, 48).Select(i => new ChartBar("h" + i, i % 5)).ToList();

        var labels = XElement.Parse(SvgChart.Bars("t", bars)).Elements(Svg + "text").Select(t => t.Value).Where(v => v.StartsWith('h')).ToList();

        Assert.InRange(labels.Count, 8, 16);
        Assert.Equal("h47", labels[^1]);
    }

    [Fact]
    public void Usage_PastTheCeiling_DrawnFullInTheWarningColour_WithAMarkPerThreshold()
    {
        var svg = XElement.Parse(SvgChart.Usage("PL", 130, [50, 80, 100]));

        var bar = svg.Elements(Svg + "rect").Single(r => ((string?)r.Attribute("class"))?.StartsWith("bar", StringComparison.Ordinal) == true);
        Assert.Equal("bar over", (string)bar.Attribute("class")!);
        Assert.Equal(400, (int)bar.Attribute("width")!);
        Assert.Equal(3, svg.Elements(Svg + "line").Count());
    }
}
