using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Gateway.Host.Demo;

/// <summary>
/// Writes the configuration of one demo run to <c>{dir}/gateway.json</c>: the shipped sample region with the store,
/// logs and back-office directories under the demo folder, the simulator as hub, the sink as HTTP back office and fresh
/// keys (kept when the folder is reused, so the store stays readable); the region's reference data and contract register
/// are read where they are shipped. The operator verbs take the same file. The file holds keys: mode 0600.
/// </summary>
internal static class DemoConfiguration
{
    public const string FileName = "gateway.json";

    /// <summary>rw------- : files with keys.</summary>
    public const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>rwx------ : the demo's own folder, when the demo creates it.</summary>
    public const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public static string Write(string directory, string samplesDirectory, string schemasDirectory, int port, Uri hubUrl, BackOfficeSink sink)
    {
        var path = Path.Combine(directory, FileName);
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(samplesDirectory, "region", "appsettings.json")))!.AsObject();
        var gateway = root["Gateway"]!.AsObject();
        var previous = File.Exists(path) ? JsonNode.Parse(File.ReadAllText(path))?["Gateway"]?["Storage"] : null;

        gateway["Http"] = new JsonObject { ["Urls"] = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}") };
        gateway["Logging"] = new JsonObject { ["Directory"] = Path.Combine(directory, "logs"), ["ConsoleLevel"] = "Warning" };
        gateway["Storage"] = new JsonObject
        {
            ["DatabasePath"] = Path.Combine(directory, "data", "gateway.db"),
            ["EncryptionKey"] = previous?["EncryptionKey"]?.GetValue<string>() ?? NewKey(),
            ["BsnHashKey"] = previous?["BsnHashKey"]?.GetValue<string>() ?? NewKey(),
        };
        gateway["Messages"] = new JsonObject { ["SchemaRoot"] = schemasDirectory };
        if (gateway["Contracts"] is JsonObject contracts)
        {
            // The region's reference data and contract register stay where they are shipped.
            foreach (var key in new[] { "ReferencePath", "ContractsFile" })
            {
                if (contracts[key]?.GetValue<string>() is { Length: > 0 } relative)
                {
                    contracts[key] = Path.GetFullPath(relative, Path.Combine(samplesDirectory, "region"));
                }
            }
        }

        // The demo's client certificates (when an operator turns mTLS on) come from a throwaway CA without revocation lists.
        var trust = gateway["Trust"] as JsonObject ?? new JsonObject();
        trust["CheckRevocation"] = false;
        gateway["Trust"] = trust;
        // The demo's release freeze lasts seconds: a learned freeze is probed every 2 s (default 15 min), so the held
        // deliveries are released before the demo drains its queue.
        gateway["Freezes"] = new JsonObject { ["ProbeInterval"] = "00:00:02" };
        gateway["Ggk"] = new JsonObject { ["HubUrl"] = hubUrl.ToString(), ["AllowHttp"] = true, ["AttemptTimeout"] = "00:00:05", ["BreakerBreakDuration"] = "00:00:03" };
        foreach (var gemeente in gateway["Region"]!["Gemeenten"]!.AsArray().Select(g => g!.AsObject()))
        {
            var code = gemeente["Code"]!.GetValue<string>();
            var backOffice = gemeente["BackOffice"]!.AsObject();
            if (backOffice["Kind"]!.GetValue<string>() == "Directory")
            {
                backOffice["InboxPath"] = Path.Combine(directory, "backoffice", code, "inbox");
                backOffice["OutboxPath"] = Path.Combine(directory, "backoffice", code, "outbox");
            }
            else
            {
                backOffice["Endpoint"] = sink.EndpointFor(code).ToString();
            }
        }

        // The demo runs on the sample API keys (its sink and simulator know them); a configuration of one's own may not.
        gateway["AllowSampleKeys"] = true;

        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
        }
        else
        {
            // The folder holds the store, back-office files with BSNs and this file with the keys: the owner's only.
            Directory.CreateDirectory(directory, OwnerOnlyFolder);
        }

        WriteOwnerOnly(path, root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return path;
    }

    /// <summary>Writes a file only its owner can read (0600), also when it existed with a wider mode before.</summary>
    internal static void WriteOwnerOnly(string path, string text)
    {
        if (OperatingSystem.IsWindows())
        {
            File.WriteAllText(path, text);
            return;
        }

        if (File.Exists(path))
        {
            // Narrowed before the new keys are written into it.
            File.SetUnixFileMode(path, OwnerOnlyFile);
        }

        using var stream = new FileStream(path, new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, UnixCreateMode = OwnerOnlyFile });
        using var writer = new StreamWriter(stream);
        writer.Write(text);
    }

    private static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
