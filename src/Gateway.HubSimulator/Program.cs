using Gateway.HubSimulator;
using Microsoft.Extensions.Logging;

var (options, latency, error) = HubSimulatorOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(error);
    return args.Contains("--help") || args.Contains("-h") ? 0 : 2;
}

await using var simulator = await HubSimulatorHost.StartAsync(options, logging: l => l.AddSimpleConsole(c => c.SingleLine = true));
simulator.Behaviour.Latency = latency;
Console.WriteLine($"GGk simulator: hub at {simulator.HubUrl}, control API at {new Uri(simulator.BaseUrl, "control/traffic")}");
Console.WriteLine(options.GatewayUrl is null ? "No --gateway given: the provider side sends nothing." : $"Provider software sends to {options.GatewayUrl}");
await simulator.WaitForShutdownAsync();
return 0;
