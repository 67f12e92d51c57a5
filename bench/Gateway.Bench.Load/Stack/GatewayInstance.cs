using System.Diagnostics;
using System.Globalization;

namespace Gateway.Bench.Load.Stack;

/// <summary>
/// One <c>gateway run --config FILE</c> as a child process (<c>dotnet gateway.dll</c>, or a published executable), its
/// output in a file of the scenario folder; settings of this instance and phase as environment variables, as an operator
/// sets them in a container (GATEWAY__JOBS__DELIVERYSWEEP).
/// </summary>
internal sealed class GatewayInstance : IDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _output;

    private GatewayInstance(Process process, StreamWriter output, Uri baseUrl)
    {
        _process = process;
        _output = output;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public int Id => _process.Id;

    public static GatewayInstance Start(string gateway, string configPath, int port, string name, IReadOnlyDictionary<string, string> settings)
    {
        var directory = Path.GetDirectoryName(configPath)!;
        var dll = gateway.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        var start = new ProcessStartInfo(dll ? "dotnet" : gateway)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (dll)
        {
            start.ArgumentList.Add(gateway);
        }

        foreach (var argument in new[] { "run", "--config", configPath })
        {
            start.ArgumentList.Add(argument);
        }

        var url = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}");
        var all = new Dictionary<string, string>(settings)
        {
            ["Gateway:Http:Urls"] = url,
            ["Gateway:Logging:Directory"] = Path.Combine(directory, "logs-" + name),
            ["Gateway:Logging:ConsoleLevel"] = "Warning",
        };
        foreach (var (key, value) in all)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal).ToUpperInvariant()] = value;
        }

        var output = new StreamWriter(Path.Combine(directory, name + ".out"), append: true) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
        process.OutputDataReceived += (_, e) => Write(output, e.Data);
        process.ErrorDataReceived += (_, e) => Write(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new GatewayInstance(process, output, new Uri(url + "/"));
    }

    /// <summary>Waits for <c>/health/ready</c>; the process's exit or the hang guard ends the wait with an explanation.</summary>
    public async Task WaitReadyAsync(TimeSpan hangGuard)
    {
        using var http = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(10) };
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < hangGuard)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"gateway run exited with {_process.ExitCode} before it was ready; its output is in {OutputPath}.");
            }

            try
            {
                using var response = await http.GetAsync("health/ready");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"gateway run was not ready after {hangGuard.TotalSeconds:0} s; its output is in {OutputPath}.");
    }

    /// <summary>User + system CPU time of the process so far (Linux /proc; zero elsewhere).</summary>
    public TimeSpan CpuTime()
    {
        try
        {
            _process.Refresh();
            return _process.HasExited ? TimeSpan.Zero : _process.TotalProcessorTime;
        }
        catch (InvalidOperationException)
        {
            return TimeSpan.Zero;
        }
    }

    private string OutputPath => ((FileStream)_output.BaseStream).Name;

    /// <summary>SIGKILL: every acknowledged message is committed, so nothing is lost; the next start takes over.</summary>
    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
        lock (_output)
        {
            _output.Dispose();
        }
    }

    private static void Write(StreamWriter output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            if (output.BaseStream is not null)
            {
                output.WriteLine(line);
            }
        }
    }
}
