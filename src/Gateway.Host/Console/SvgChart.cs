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
    private const int MinLeft = 16;
    private const int LabelGap = 12;
    // A generous width of one character at the charts' 11px, so a label's room is never too small.
    private const double CharWidth = 6.8;
    private const double LabelAngle = 40;

    /// <summary>The SVG of the bars; an empty list draws only the axis and the title.</summary>
    /// <param name="over">Bars drawn in the warning colour (e.g. a ceiling passed).</param>
    public static string Bars(string title, IReadOnlyList<ChartBar> bars, Func<ChartBar, bool>? over = null)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var barWidth = Math.Clamp(bars.Count == 0 ? MaxBarWidth : 720 / bars.Count - 4, MinBarWidth, MaxBarWidth);
        // The labels are rotated back under the bars: the first reaches left of its bar, every one below the axis, so the
        // room on the left and below is that of the longest label.
        var (reachLeft, reachDown) = Reach(bars.Count == 0 ? 0 : bars.Max(b => b.Label.Length));
        var left = Math.Max(MinLeft, reachLeft - barWidth / 2 + 4);
        var bottom = Math.Max(Bottom, LabelGap + reachDown + 4);
        var height = Height - Bottom + bottom;
        var width = Math.Max(240, left + bars.Count * (barWidth + 4) + 16);
        var max = bars.Count == 0 ? 0 : bars.Max(b => b.Value);
        var plot = Height - Top - Bottom;
        // Many bars (an hour each over two days) label every few; the value of each is in its tooltip.
        var labelEvery = Math.Max(1, (bars.Count + MaxLabels - 1) / MaxLabels);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" aria-label=\"{Escape(title)}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{Escape(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"8\" y1=\"{height - bottom}\" x2=\"{width - 8}\" y2=\"{height - bottom}\"/>");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var h = max <= 0 ? 0 : (int)Math.Round(plot * (double)bar.Value / max);
            var x = left + i * (barWidth + 4);
            var y = height - bottom - h;
            var css = over is not null && over(bar) ? "bar over" : "bar";
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"{css}\" x=\"{x}\" y=\"{y}\" width=\"{barWidth}\" height=\"{h}\"><title>{Escape(bar.Label)}: {bar.Value}</title></rect>");
            if (bar.Value != 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + barWidth / 2}\" y=\"{y - 3}\" text-anchor=\"middle\">{bar.Value}</text>");
            }

            if (i % labelEvery == (bars.Count - 1) % labelEvery)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + barWidth / 2}\" y=\"{height - bottom + LabelGap}\" text-anchor=\"end\" transform=\"rotate(-{LabelAngle} {x + barWidth / 2} {height - bottom + LabelGap})\">{Escape(bar.Label)}</text>");
            }
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>
    /// A ceiling's usage over its year: a slot per month January to December, a bar for each month given (its value the
    /// cumulative eurocents, its label yyyy-MM), a solid line at the amount and a dashed line at each threshold.
    /// </summary>
    public static string Cumulative(string title, IReadOnlyList<ChartBar> months, long bedrag, IReadOnlyList<int> thresholds)
    {
        ArgumentNullException.ThrowIfNull(months);
        ArgumentNullException.ThrowIfNull(thresholds);
        const int Width = 560;
        const int Slot = 36;
        const int AxisLeft = 56;
        var plot = Height - Top - Bottom;
        // The scale leaves room above the amount so its line is never on the frame, and above any usage past it.
        var top = Math.Max(1, Math.Max(bedrag, months.Count == 0 ? 0 : months.Max(m => m.Value))) * 1.1;
        int Y(long value) => Height - Bottom - (int)Math.Round(plot * Math.Max(0, value) / top);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" aria-label=\"{Escape(title)}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{Escape(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{AxisLeft - 4}\" y1=\"{Height - Bottom}\" x2=\"{AxisLeft + 12 * Slot}\" y2=\"{Height - Bottom}\"/>");
        for (var month = 1; month <= 12; month++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{AxisLeft + (month - 1) * Slot + Slot / 2}\" y=\"{Height - Bottom + 14}\" text-anchor=\"middle\">{month:00}</text>");
        }

        foreach (var bar in months)
        {
            var month = int.Parse(bar.Label.AsSpan(bar.Label.Length - 2), CultureInfo.InvariantCulture);
            var x = AxisLeft + (month - 1) * Slot + 4;
            var y = Y(bar.Value);
            var css = bar.Value > bedrag ? "bar over" : "bar";
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"{css}\" x=\"{x}\" y=\"{y}\" width=\"{Slot - 8}\" height=\"{Height - Bottom - y}\"><title>{Escape(bar.Label)}: {Escape(ConsoleFormat.Euros(bar.Value))}</title></rect>");
        }

        foreach (var (percent, css) in thresholds.Where(t => t != 100).Select(t => (t, "threshold")).Append((100, "amount")))
        {
            var y = Y(bedrag * percent / 100);
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"{css}\" x1=\"{AxisLeft - 4}\" y1=\"{y}\" x2=\"{AxisLeft + 12 * Slot}\" y2=\"{y}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{AxisLeft - 8}\" y=\"{y + 4}\" text-anchor=\"end\">{percent}%</text>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);

    /// <summary>How far a rotated label of this many characters reaches left of and below its anchor, in pixels.</summary>
    internal static (int Left, int Down) Reach(int characters)
    {
        var length = characters * CharWidth;
        var angle = LabelAngle * Math.PI / 180;
        return ((int)Math.Ceiling(length * Math.Cos(angle)), (int)Math.Ceiling(length * Math.Sin(angle)));
    }

    /// <summary>A ceiling's usage of its year as a horizontal bar, with a mark at each threshold (percentages).</summary>
    public static string Usage(string title, long percent, IReadOnlyList<int> thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        // Room on the right for the "100%" mark centred on the bar's end.
        const int Width = 440;
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
