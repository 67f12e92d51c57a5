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

    [Fact]
    public void Bars_HourLabels_FitInsideTheChart()
    {
        var bars = Enumerable.Range(0, 48).Select(i => new ChartBar($"{i % 28 + 1:00}-12 {i % 24:00}:00", i)).ToList();

        var svg = XElement.Parse(SvgChart.Bars("t", bars));

        var height = (int)svg.Attribute("height")!;
        var labels = svg.Elements(Svg + "text").Where(t => t.Attribute("transform") is not null).ToList();
        Assert.NotEmpty(labels);
        Assert.All(labels, label =>
        {
            var (left, down) = SvgChart.Reach(label.Value.Length);
            Assert.InRange((int)label.Attribute("x")! - left, 0, int.MaxValue);
            Assert.InRange((int)label.Attribute("y")! + down, 0, height);
        });
    }

    [Fact]
    public void Cumulative_ABarPerMonthGiven_InItsMonthsSlot_AmountAndThresholdLines()
    {
        var svg = XElement.Parse(SvgChart.Cumulative("PL", [new("2026-01", 4_000), new("2026-02", 9_000), new("2026-03", 12_000)], 10_000, [80, 100]));

        var bars = svg.Elements(Svg + "rect").ToList();
        Assert.Equal(3, bars.Count);
        var x = bars.Select(b => (int)b.Attribute("x")!).ToList();
        Assert.True(x[0] < x[1] && x[1] < x[2]);
        var heights = bars.Select(b => (int)b.Attribute("height")!).ToList();
        Assert.True(heights[0] < heights[1] && heights[1] < heights[2]);
        Assert.Equal(["bar", "bar", "bar over"], bars.Select(b => (string)b.Attribute("class")!));
        var amount = svg.Elements(Svg + "line").Single(l => (string?)l.Attribute("class") == "amount");
        var threshold = svg.Elements(Svg + "line").Single(l => (string?)l.Attribute("class") == "threshold");
        // The amount line lies where a bar of exactly the amount would end: between February's and March's tops.
        Assert.InRange((int)amount.Attribute("y1")!, (int)bars[2].Attribute("y")!, (int)bars[1].Attribute("y")!);
        Assert.True((int)threshold.Attribute("y1")! > (int)amount.Attribute("y1")!);
        Assert.Equal(12, svg.Elements(Svg + "text").Count(t => t.Value.Length == 2 && char.IsAsciiDigit(t.Value[0])));
    }
}
