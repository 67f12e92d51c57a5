using System.Diagnostics;
using Gateway.Host.Tests.Support;

namespace Gateway.Host.Tests.EndToEnd;

/// <summary>`gateway demo --exit` as an operator starts it: runs, prints its summary, exits 0.</summary>
public sealed class DemoTests
{
    [Fact]
    public async Task Demo_WithExit_PrintsSummaryAndExits0()
    {
        var directory = Path.Combine(Path.GetTempPath(), "gateway-demo-test-" + Guid.NewGuid().ToString("N")[..8]);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "gateway.dll"), "demo", "--seconds", "12", "--port", "0", "--clients", "80", "--exit", "--dir", directory })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        var text = await output;
        _ = await error;

        Assert.Equal(0, process.ExitCode);
        Assert.Contains("Demo summary", text, StringComparison.Ordinal);
        Assert.Contains("received from the hub", text, StringComparison.Ordinal);
        Assert.Contains("dead-lettered", text, StringComparison.Ordinal);
        Assert.Contains("hub outage", text, StringComparison.Ordinal);
        Directory.Delete(directory, recursive: true);
    }
}
