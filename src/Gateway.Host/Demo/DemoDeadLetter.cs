namespace Gateway.Host.Demo;

/// <summary>A dead letter the summary names for practising replay: its delivery, where it was going and why it was parked.</summary>
internal sealed record DemoDeadLetter(long DeliveryId, string Destination, string? Reason);
