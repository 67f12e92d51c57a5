namespace Gateway.HubSimulator.Control;

/// <summary>A received message without its payload.</summary>
public sealed record ReceivedView(DateTimeOffset At, string Berichtcode, string? Functie, string Referentienummer, string? CrossRefnummer, string Zender, string Ontvanger, string Answer);
