namespace Gateway.Host.Console;

/// <summary>One bar of a chart: its label and its value.</summary>
internal sealed record ChartBar(string Label, long Value);
