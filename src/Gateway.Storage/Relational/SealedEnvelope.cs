using System.Text.Json;
using Gateway.Routing.Store;
using Gateway.Storage.Protection;

namespace Gateway.Storage.Relational;

/// <summary>
/// The exact envelope (zender, referentienummer, crossRefnummer) encrypted like payloads: the gateway needs it to send
/// again and to refer to it, but any of the three could hold a BSN, so it is never kept in plain.
/// </summary>
internal static class SealedEnvelope
{
    public static byte[]? Seal(PayloadProtector protector, string? zender, string? referentienummer, string? crossRefnummer) =>
        zender is null || referentienummer is null
            ? null
            : protector.Protect(JsonSerializer.SerializeToUtf8Bytes(new[] { zender, referentienummer, crossRefnummer }));

    public static EnvelopeReference? Open(PayloadProtector protector, string? keyId, byte[]? sealedBytes)
    {
        if (keyId is null || sealedBytes is null)
        {
            return null;
        }

        var fields = JsonSerializer.Deserialize<string?[]>(protector.Unprotect(keyId, sealedBytes))
            ?? throw new InvalidDataException("A sealed envelope in the store is empty.");
        return new EnvelopeReference(fields[0]!, fields[1]!, fields[2]);
    }
}
