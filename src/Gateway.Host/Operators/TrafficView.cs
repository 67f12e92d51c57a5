namespace Gateway.Host.Operators;

/// <summary>The overview's series: messages per hour by direction, rejections per retourcode per day.</summary>
internal sealed record TrafficView(DateTimeOffset Since, IReadOnlyList<HourCountView> MessagesPerHour, IReadOnlyList<RetourCodeCountView> RejectionsPerRetourCode);
