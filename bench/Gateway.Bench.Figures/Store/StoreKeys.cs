using System.Security.Cryptography;
using System.Text.Json;

namespace Gateway.Bench.Figures.Store;

/// <summary>
/// The payload and BSN hash keys of a generated store, kept beside it so a later run opens it again (a store refuses other
/// keys). Random, made for the benchmark: the store only holds made-up test BSNs.
/// </summary>
internal sealed record StoreKeys(string EncryptionKey, string BsnHashKey)
{
    public static StoreKeys Create() => new(
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));

    public static StoreKeys Read(string file) =>
        JsonSerializer.Deserialize<StoreKeys>(File.ReadAllText(file)) ?? throw new InvalidOperationException($"{file} holds no keys.");

    public void Write(string file) => File.WriteAllText(file, JsonSerializer.Serialize(this));
}
