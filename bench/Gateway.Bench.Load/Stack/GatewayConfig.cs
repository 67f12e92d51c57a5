using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Gateway.Bench.Inputs;

namespace Gateway.Bench.Load.Stack;

/// <summary>
/// The configuration file of a benchmarked gateway: the shipped sample region (samples/region/appsettings.json) with the
/// store, logs and keys in the scenario's temp folder; every gemeente an HTTP back office and the hub at loopback ports
/// where nothing listens until the queue is drained; the region's hold ceilings turned into warnings (a held 325 waits for
/// a back office, which is not what is measured). What differs per instance or phase goes in environment variables.
/// </summary>
internal static class GatewayConfig
{
    public static string Write(string directory, RepositoryLayout repo, int hubPort, int sinkPort, IReadOnlyDictionary<string, string> storage)
    {
        var region = Path.Combine(repo.Samples, "region");
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(region, "appsettings.json")))!.AsObject();
        var gateway = root["Gateway"]!.AsObject();
        var store = new JsonObject
        {
            ["EncryptionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["BsnHashKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        };
        foreach (var (key, value) in storage)
        {
            store[key] = value;
        }

        gateway["Storage"] = store;
        gateway["Messages"] = new JsonObject { ["SchemaRoot"] = repo.Schemas };
        var contracts = gateway["Contracts"]!.AsObject();
        contracts["ReferencePath"] = Path.Combine(region, "reference");
        contracts["ContractsFile"] = WarnOnlyContracts(directory, region);
        gateway["Ggk"] = new JsonObject { ["HubUrl"] = Loopback(hubPort, "ggk"), ["AllowHttp"] = true };
        foreach (var gemeente in gateway["Region"]!["Gemeenten"]!.AsArray().Select(g => g!.AsObject()))
        {
            var backOffice = gemeente["BackOffice"]!.AsObject();
            backOffice["Kind"] = "Http";
            backOffice["Endpoint"] = Loopback(sinkPort, gemeente["Code"]!.GetValue<string>() + "/messages");
            backOffice.Remove("InboxPath");
            backOffice.Remove("OutboxPath");
        }

        gateway["AllowSampleKeys"] = true;
        var path = Path.Combine(directory, "gateway.json");
        File.WriteAllText(path, root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return path;
    }

    private static string WarnOnlyContracts(string directory, string region)
    {
        var path = Path.Combine(directory, "contracts-warn-only.json");
        var text = File.ReadAllText(Path.Combine(region, "contracts.json"));
        File.WriteAllText(path, text.Replace("\"beleid\": \"hold\"", "\"beleid\": \"warn\"", StringComparison.Ordinal));
        return path;
    }

    private static string Loopback(int port, string path) => string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/{path}");
}
