using System.Text;
using Gateway.Messages.Envelopes.Ggk;

namespace Gateway.HubSimulator.Hub;

/// <summary>One request the simulated GGk received from the gateway, with what it answered.</summary>
public sealed record ReceivedMessage(
    DateTimeOffset At,
    GgkBerichtcode Berichtcode,
    string? Functie,
    string Referentienummer,
    string? CrossRefnummer,
    string ZenderOrganisatie,
    string OntvangerOrganisatie,
    ReadOnlyMemory<byte> Payload,
    string? FoutCode,
    string Answer)
{
    /// <summary>The decoded payload as text (UTF-8).</summary>
    public string PayloadText => Encoding.UTF8.GetString(Payload.Span);

    /// <summary>True when the hub answered Bv03.</summary>
    public bool Accepted => Answer == "Bv03";
}
