using System.Globalization;
using System.Net;
using System.Text;

namespace Gateway.Host.Console;

/// <summary>
/// A bar chart drawn on the server as inline SVG: one bar per label, the value written above it, a title for screen
/// readers and a plain table beside it on the page for those who prefer numbers. Labels and titles are escaped.
/// </summary>
internal static class SvgChart
{
    private const int Height = 180;
    private const int Top = 18;
    private const int Bottom = 40;
    private const int MinBarWidth = 14;
    private const int MaxBarWidth = 48;
    private const int MaxLabels = 16;
    // Room on the left for the first label, which is rotated back over it.
    private const int Left = 48;

    /// <summary>The SVG of the bars; an empty list draws only the axis and the title.</summary>
    /// <param name="over">Bars drawn in the warning colour (e.g. a ceiling passed).</param>
    public static string Bars(string title, IReadOnlyList<ChartBar> bars, Func<ChartBar, bool>? over = null)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var barWidth = Math.Clamp(bars.Count == 0 ? MaxBarWidth : 720 / bars.Count - 4, MinBarWidth, MaxBarWidth);
        var width = Math.Max(240, Left + bars.Count * (barWidth + 4) + 16);
        var max = bars.Count == 0 ? 0 : bars.Max(b => b.Value);
        var plot = Height - Top - Bottom;
        // Many bars (an hour each over two days) label every few; the value of each is in its tooltip.
        var labelEvery = Math.Max(1, (bars.Count + MaxLabels - 1) / MaxLabels);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 {width} {Height}\" width=\"{width}\" height=\"{Height}\" aria-label=\"{Escape(title)}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{Escape(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"8\" y1=\"{Height - Bottom}\" x2=\"{width - 8}\" y2=\"{Height - Bottom}\"/>");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var h = max <= 0 ? 0 : (int)Math.Round(plot * (double)bar.Value / max);
            var x = Left + i * (barWidth + 4);
            var y = Height - Bottom - h;
            var css = over is not null && over(bar) ? "bar over" : "bar";
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"{css}\" x=\"{x}\" y=\"{y}\" width=\"{barWidth}\" height=\"{h}\"><title>{Escape(bar.Label)}: {bar.Value}</title></rect>");
            if (bar.Value != 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + barWidth / 2}\" y=\"{y - 3}\" text-anchor=\"middle\">{bar.Value}</text>");
            }

            if (i % labelEvery == (bars.Count - 1) % labelEvery)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + barWidth / 2}\" y=\"{Height - Bottom + 12}\" text-anchor=\"end\" transform=\"rotate(-40 {x + barWidth / 2} {Height - Bottom + 12})\">{Escape(bar.Label)}</text>");
            }
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A ceiling's usage of its year as a horizontal bar, with a mark at each threshold (percentages).</summary>
    public static string Usage(string title, long percent, IReadOnlyList<int> thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        const int Width = 420;
        const int BarHeight = 22;
        var filled = (int)Math.Round(400 * Math.Clamp(percent, 0, 100) / 100.0);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 {Width} 44\" width=\"{Width}\" height=\"44\" aria-label=\"{Escape(title)}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{Escape(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"10\" y=\"4\" width=\"400\" height=\"{BarHeight}\" fill=\"#e4e8ec\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"{(percent >= 100 ? "bar over" : "bar")}\" x=\"10\" y=\"4\" width=\"{filled}\" height=\"{BarHeight}\"/>");
        foreach (var threshold in thresholds)
        {
            var x = 10 + 4 * Math.Clamp(threshold, 0, 100);
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{x}\" y1=\"2\" x2=\"{x}\" y2=\"{BarHeight + 6}\"/><text x=\"{x}\" y=\"40\" text-anchor=\"middle\">{threshold}%</text>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }
}
