namespace Gateway.Host.Demo;

/// <summary>
/// How long and where the demo runs: <paramref name="Rounds"/> rounds of traffic when given (the same traffic on a
/// fast or a loaded machine, as tests need), else traffic for <paramref name="Duration"/>.
/// </summary>
internal sealed record DemoSettings(TimeSpan Duration, string Directory, int Port, bool Exit, int Clients = 300, int? Rounds = null);
