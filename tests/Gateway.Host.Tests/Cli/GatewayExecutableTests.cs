using System.Diagnostics;
using System.Text.Json;
using Gateway.Host.Tests.Support;

namespace Gateway.Host.Tests.Cli;

/// <summary>The real built executable, started as a process the way an operator runs it.</summary>
public class GatewayExecutableTests
{
    [Fact]
    public async Task Executable_ValidateSamples_Exit0()
    {
        var (code, output, _) = await Gateway("validate", "samples/ijw", "samples/iwmo");

        Assert.Equal(0, code);
        Assert.EndsWith("44 files: 44 valid, 0 invalid.", output.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Executable_ValidateJsonInvalidSamples_Exit1AndEveryLineInvalid()
    {
        var (code, output, _) = await Gateway("validate", "--json", "samples/invalid");

        Assert.Equal(1, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.False(JsonDocument.Parse(line).RootElement.GetProperty("valid").GetBoolean()));
    }

    [Fact]
    public async Task Executable_UnknownOption_Exit2()
    {
        var (code, _, error) = await Gateway("validate", "--bogus");

        Assert.Equal(2, code);
        Assert.Contains("--bogus", error, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Out, string Error)> Gateway(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "gateway.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
