using Gateway.Messages.Envelopes.Ggk;

namespace Gateway.HubSimulator.Hub;

/// <summary>One envelope the simulator (as provider software) sent to the gateway, and the reply.</summary>
public sealed record SentMessage(
    DateTimeOffset At,
    GgkBerichtcode Berichtcode,
    string Functie,
    string Referentienummer,
    string? CrossRefnummer,
    int HttpStatus,
    string Reply);
