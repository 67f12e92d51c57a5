using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using Gateway.Host.Tests.Support;

namespace Gateway.Host.Tests.Deploy;

/// <summary>
/// deploy/gateway.service against the real gateway: its ExecStart names a verb and options the command line takes,
/// and under a service manager (a parent process named systemd, NOTIFY_SOCKET set) the gateway says READY=1, which
/// Type=notify waits for.
/// </summary>
public sealed class SystemdUnitTests
{
    private static readonly Lazy<IReadOnlyList<KeyValuePair<string, string>>> Service = new(() => Section(File.ReadAllLines(Path.Combine(RepoPaths.Root, "deploy", "gateway.service")), "Service"));

    [Fact]
    public void ServiceUnit_ExecStart_RunVerbWithConfigOptionTheCliAccepts()
    {
        var exec = Tokens(Single("ExecStart"));
        Assert.Equal("gateway", Path.GetFileName(exec[0]));
        Assert.Equal("run", exec[1]);
        Assert.Equal(["--config", "/etc/gateway/gateway.json"], exec[2..]);

        // The real command line parses the unit's arguments (a renamed verb or option is a parse error, exit 2) and
        // shows the run verb's help, which names the option.
        var help = GatewayCli.Run([.. exec[1..], "--help"]);
        Assert.True(help.ExitCode == 0, help.Error);
        Assert.Contains("--config", help.Out, StringComparison.Ordinal);
        Assert.Contains("Run the gateway", help.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ServiceUnit_Settings_NotifyRestartAndHardening()
    {
        Assert.Equal("notify", Single("Type"));
        Assert.Equal("gateway", Single("User"));
        Assert.Equal("on-failure", Single("Restart"));
        Assert.Equal("yes", Single("NoNewPrivileges"));
        Assert.Equal("strict", Single("ProtectSystem"));
        Assert.Equal("yes", Single("PrivateTmp"));
        Assert.Equal("65536", Single("LimitNOFILE"));

        // What the service writes is writable under ProtectSystem=strict: the store's and the logs' folders, which
        // systemd makes for the service (StateDirectory, LogsDirectory), and where it starts.
        var writable = Single("ReadWritePaths").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => p.TrimStart('-')).ToList();
        Assert.Contains("/var/lib/" + Single("StateDirectory"), writable);
        Assert.Contains("/var/log/" + Single("LogsDirectory"), writable);
        Assert.Contains(Single("WorkingDirectory"), writable);
    }

    [Fact]
    public async Task RunUnderServiceManager_NotifySocket_GatewaySaysReady()
    {
        await using var env = await RunningGateway.StartAsync(startGateway: false);
        var socketPath = Path.Combine(env.Directory, "notify.sock");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(socketPath));

        // The gateway knows systemd by its parent's name: a copy of sh named systemd starts it as its child (the
        // trailing ':' keeps sh from exec-ing into dotnet), as systemd starts ExecStart.
        var systemd = Path.Combine(env.Directory, "systemd");
        File.Copy("/bin/sh", systemd); // keeps its mode: executable
        var start = new ProcessStartInfo(systemd)
        {
            WorkingDirectory = env.Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("dotnet \"$0\" run --config \"$1\"; :");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "gateway.dll"));
        start.ArgumentList.Add(env.ConfigPath);
        start.Environment["NOTIFY_SOCKET"] = socketPath;
        foreach (var (key, value) in RunningGateway.FastRetries())
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal).ToUpperInvariant()] = value;
        }

        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            // Only a hang guard: the gateway says READY=1 once started, however long that takes on a loaded machine.
            using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            var buffer = new byte[4096];
            var received = await socket.ReceiveAsync(buffer, SocketFlags.None, guard.Token);
            var message = Encoding.UTF8.GetString(buffer, 0, received);
            Assert.Contains("READY=1", message.Split('\n'));

            // Started means serving: the readiness endpoint answers.
            Assert.True(await GatewayProcess.WaitReadyAsync(env.Http, TimeSpan.FromMinutes(5)), "READY=1 but /health/ready does not answer");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static string Single(string key)
    {
        var values = Service.Value.Where(p => p.Key == key).Select(p => p.Value).ToList();
        Assert.True(values.Count == 1, $"deploy/gateway.service has {values.Count} {key}= lines in [Service]");
        return values[0];
    }

    /// <summary>The key=value lines of one [section] of a unit file, comments and blank lines left out.</summary>
    private static List<KeyValuePair<string, string>> Section(string[] lines, string name)
    {
        var settings = new List<KeyValuePair<string, string>>();
        var inSection = false;
        foreach (var line in lines.Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith(';')))
        {
            if (line.StartsWith('['))
            {
                inSection = line == $"[{name}]";
                continue;
            }

            var at = line.IndexOf('=', StringComparison.Ordinal);
            if (inSection && at > 0)
            {
                settings.Add(new(line[..at].Trim(), line[(at + 1)..].Trim()));
            }
        }

        return settings;
    }

    /// <summary>ExecStart's words (the unit uses no quoting).</summary>
    private static string[] Tokens(string command)
    {
        Assert.DoesNotContain('"', command);
        return command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
