namespace Gateway.HubSimulator.Tests.Support;

/// <summary>Starts a simulator on a free loopback port.</summary>
internal static class Simulator
{
    public static Task<HubSimulatorHandle> StartAsync(Uri? gateway = null, double rejectFraction = 0) =>
        HubSimulatorHost.StartAsync(new HubSimulatorOptions
        {
            Urls = "http://127.0.0.1:0",
            GatewayUrl = gateway,
            Clients = 50,
            RejectFraction = rejectFraction,
            AnswerRetryDelay = TimeSpan.FromMilliseconds(50),
        });
}
