namespace Gateway.Routing.Store;

/// <summary>Traffic for the overview's charts: messages recorded per hour, and rejections per retourcode per day.</summary>
public sealed record TrafficSeries(IReadOnlyList<HourCount> MessagesPerHour, IReadOnlyList<RetourCodeCount> RejectionsPerRetourCode);
