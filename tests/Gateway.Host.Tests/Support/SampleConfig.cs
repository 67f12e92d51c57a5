using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Gateway.Host.Tests.Support;

/// <summary>A configuration file of one's own made from samples/region/appsettings.json, changed by the test.</summary>
internal static class SampleConfig
{
    /// <summary>Writes <c>gateway.json</c> into <paramref name="directory"/>: the sample region with fresh keys (unless kept), the checkout's schemas and region files, a free port.</summary>
    public static string Write(string directory, Action<JsonNode> change, bool keepSampleKeys = false)
    {
        Directory.CreateDirectory(directory);
        var text = File.ReadAllText(RepoPaths.Sample("region", "appsettings.json"));
        if (!keepSampleKeys)
        {
            // A configuration of one's own: every sample "…-change-me" key replaced (and never reused across settings).
            text = Regex.Replace(text, "\"([a-z0-9-]+)-change-me\"", m => $"\"{m.Groups[1].Value}-{Guid.NewGuid():N}\"");
        }

        var root = JsonNode.Parse(text)!;
        root["Gateway"]!["Messages"]!["SchemaRoot"] = RepoPaths.Schemas;
        root["Gateway"]!["Http"]!["Urls"] = "http://127.0.0.1:0";
        root["Gateway"]!["Logging"]!["ConsoleLevel"] = "Fatal";
        root["Gateway"]!["Contracts"]!["ReferencePath"] = RepoPaths.Sample("region", "reference");
        root["Gateway"]!["Contracts"]!["ContractsFile"] = RepoPaths.Sample("region", "contracts.json");
        change(root);
        var path = Path.Combine(directory, "gateway.json");
        File.WriteAllText(path, root.ToJsonString());
        return path;
    }

    /// <summary>The store keys the sample leaves to fill in, filled in with fresh ones.</summary>
    public static void OwnKeys(JsonNode root)
    {
        root["Gateway"]!["Storage"]!["EncryptionKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        root["Gateway"]!["Storage"]!["BsnHashKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    }
}
