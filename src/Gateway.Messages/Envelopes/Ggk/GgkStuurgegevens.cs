namespace Gateway.Messages.Envelopes.Ggk;

/// <summary>
/// The StUF stuurgegevens of a ggk0210 message. <see cref="Referentienummer"/> and <see cref="CrossRefnummer"/>
/// are UUID v4 in lower case (the hubs' pattern); <see cref="TijdstipBericht"/> is the local time of creation.
/// </summary>
public sealed record GgkStuurgegevens(
    GgkBerichtcode Berichtcode,
    GgkParty Zender,
    GgkParty Ontvanger,
    string Referentienummer,
    DateTime TijdstipBericht,
    string? CrossRefnummer = null,
    string? Functie = null);
