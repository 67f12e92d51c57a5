using System.Collections.Concurrent;
using System.Diagnostics;

namespace Gateway.Host.Tests.Support;

/// <summary>The built gateway executable (<c>dotnet gateway.dll run --config …</c>) as a separate process that can be SIGKILLed or stopped with SIGTERM.</summary>
internal sealed class GatewayProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _error = new();

    private GatewayProcess(Process process) => _process = process;

    /// <summary>What the process wrote to standard error so far.</summary>
    public string Error => string.Join('\n', _error);

    public bool HasExited => _process.HasExited;

    /// <summary>The process id (for /proc/{id}/status).</summary>
    public int Id => _process.Id;

    public static GatewayProcess Start(string configPath, IReadOnlyDictionary<string, string?> settings)
    {
        var start = RunStartInfo(configPath, settings);
        var process = Process.Start(start)!;
        var running = new GatewayProcess(process);
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is { } data)
            {
                running._error.Enqueue(data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return running;
    }

    /// <summary>`dotnet gateway.dll run --config FILE`, run from the folder of FILE with its output captured.</summary>
    private static ProcessStartInfo RunStartInfo(string configPath, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(configPath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "gateway.dll"));
        start.ArgumentList.Add("run");
        start.ArgumentList.Add("--config");
        start.ArgumentList.Add(configPath);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            // GATEWAY__RETRY__BASEDELAY style: what an operator sets in a container.
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal).ToUpperInvariant()] = value;
        }

        return start;
    }

    /// <summary>`gateway run --config …` as its own process, expected to stop by itself (a refused start): exit code and output.</summary>
    public static async Task<(int Code, string Out, string Error)> RunToExitAsync(string configPath, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var start = RunStartInfo(configPath, settings);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return (-1, await output, "still running after 2 minutes: " + await error);
        }

        return (process.ExitCode, await output, await error);
    }

    /// <summary>SIGKILL: no shutdown hooks, no flush, no goodbye.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    /// <summary>SIGTERM, as a container runtime or systemd stops a service: the gateway's clean stop. The exit code, or null when it did not exit within the hang guard.</summary>
    public async Task<int?> TerminateAsync(TimeSpan hangGuard)
    {
        using (var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, UseShellExecute = false })!)
        {
            await kill.WaitForExitAsync();
        }

        return await WaitForExitAsync(hangGuard);
    }

    /// <summary>The exit code once the process ended by itself, or null when it still runs after the hang guard.</summary>
    public async Task<int?> WaitForExitAsync(TimeSpan hangGuard)
    {
        using var guard = new CancellationTokenSource(hangGuard);
        try
        {
            await _process.WaitForExitAsync(guard.Token);
            return _process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    public static async Task<bool> WaitReadyAsync(HttpClient http, TimeSpan timeout)
    {
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < timeout)
        {
            try
            {
                using var response = await http.GetAsync("health/ready");
                if (response.IsSuccessStatusCode)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        return false;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }
}
