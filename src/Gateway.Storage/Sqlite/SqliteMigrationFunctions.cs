using System.Text.Json;
using System.Xml;
using Gateway.Messages.Model;
using Gateway.Messages.Privacy;
using Gateway.Routing.Store;
using Gateway.Storage.Protection;
using Gateway.Storage.Relational;
using Microsoft.Data.Sqlite;

namespace Gateway.Storage.Sqlite;

/// <summary>
/// SQL functions a migration script may call to convert rows with the store's keys (gw_…): keyed hashes, masking,
/// sealing and content hashes need the keys, which SQL has not. Registered on the migration connection only.
/// </summary>
internal static class SqliteMigrationFunctions
{
    public static void Register(SqliteConnection connection, PayloadProtector protector, BsnHasher hasher)
    {
        connection.CreateFunction<string?, byte[]?>("gw_identifier_hash", value => value is null ? null : hasher.HashAt(KeyedHashPurpose.Identifier, value, 0), isDeterministic: true);
        connection.CreateFunction<string?, string?>("gw_redact", BsnRedactor.Redact, isDeterministic: true);
        connection.CreateFunction("gw_seal_key_id", () => protector.CurrentKeyId);
        connection.CreateFunction<string?, string?, string?, byte[]?>("gw_seal_envelope", (zender, referentienummer, crossRef) => SealedEnvelope.Seal(protector, zender, referentienummer, crossRef));
        connection.CreateFunction<string?, byte[]?, string?>("gw_content_hash", (keyId, payload) => keyId is null || payload is null ? null : ContentHash.Of(protector.Unprotect(keyId, payload)));
        connection.CreateFunction<string?, byte[]?, string>("gw_chain_refs", (keyId, payload) => keyId is null || payload is null ? "[]" : ChainReferencesJson(protector.Unprotect(keyId, payload)));
        connection.CreateFunction<string?, byte[]?, long?>("gw_payload_size", (keyId, payload) => keyId is null || payload is null ? null : protector.Unprotect(keyId, payload).Length);
    }

    /// <summary>[[kind, value], …] of a stored payload for the backfill of migration 11; [] when it is no readable message.</summary>
    private static string ChainReferencesJson(byte[] payload)
    {
        try
        {
            return JsonSerializer.Serialize(ChainReference.Of(BerichtReader.Read(payload)).Select(r => new[] { r.KindName, r.Value }));
        }
        catch (Exception e) when (e is BerichtReadException or XmlException or InvalidOperationException or FormatException)
        {
            return "[]";
        }
    }
}
