using System.Globalization;
using Gateway.HubSimulator.Provider;
using Gateway.Messages.Envelopes.Ggk;

namespace Gateway.HubSimulator;

/// <summary>Settings of one simulator run.</summary>
public sealed record HubSimulatorOptions
{
    /// <summary>Where the simulator listens when no URL is given: loopback only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";
    /// <summary>Path of the simulated hub's GGk endpoint.</summary>
    public const string HubPath = "/ggk";
    /// <summary>Path of the control API that changes the hub's behaviour.</summary>
    public const string ControlPath = "/control";

    /// <summary>Where the simulator listens; port 0 picks a free port.</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>The gateway's inbound GGk URL; without it the provider side sends nothing.</summary>
    public Uri? GatewayUrl { get; init; }

    /// <summary>Seed of the sample region and of the reject draw.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Number of clients in the sample region.</summary>
    public int Clients { get; init; } = 300;

    /// <summary>Share of received 301/319 the provider rejects (retour with 0001).</summary>
    public double RejectFraction { get; init; }

    /// <summary>The hub refuses larger envelopes with IB003.</summary>
    public long MaxEnvelopeBytes { get; init; } = GgkReadOptions.DefaultMaxEnvelopeBytes;

    /// <summary>XsdVersie put in the headers the provider writes (both basisschema and bericht).</summary>
    public string XsdVersie { get; init; } = "1.0.0";

    /// <summary>Attempts to deliver one 302/320 to the gateway before giving up.</summary>
    public int AnswerAttempts { get; init; } = 5;

    /// <summary>Wait between those attempts.</summary>
    public TimeSpan AnswerRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>When set, the provider sends a random 305/307/315/317/323 this often.</summary>
    public TimeSpan? TrafficInterval { get; init; }

    /// <summary>The applicatie the provider software names in its envelopes.</summary>
    public string ProviderApplicatie { get; init; } = "ZorgSim";

    /// <summary>
    /// The tariff (eurocents) the providers agreed for a toewijzing's product on a day, e.g. from the region's contract
    /// register; null for none. Without it every declaration is in euro's (Eenheid 83).
    /// </summary>
    public Func<KnownToewijzing, DateOnly, long?>? ContractTarief { get; init; }

    /// <summary>The clock.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>The command-line help text.</summary>
    public const string Usage = """
        Gateway.HubSimulator: plays the GGk and provider software towards a gateway.
          --urls <url>               listen address (default http://127.0.0.1:5080; port 0 = any free port)
          --gateway <url>            the gateway's inbound GGk URL, e.g. http://127.0.0.1:5000/ggk
          --seed <n>                 seed of the sample region (default 42)
          --clients <n>              clients in the sample region (default 300)
          --reject-fraction <0..1>   share of 301/319 answered with a rejecting 302/320 (default 0)
          --traffic-interval <sec>   send a random 305/307/315/317/323 this often (default: off)
          --latency-ms <n>           delay before every hub answer (default 0)
        The hub listens on <urls>/ggk; the control API on <urls>/control (GET traffic, POST behaviour, POST send/{code}).
        """;

    /// <summary>Parses the command line; returns null and an error text when it is wrong.</summary>
    public static (HubSimulatorOptions? Options, TimeSpan Latency, string? Error) Parse(string[] args)
    {
        var options = new HubSimulatorOptions();
        var latency = TimeSpan.Zero;
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name is "--help" or "-h")
            {
                return (null, latency, Usage);
            }

            if (i + 1 >= args.Length)
            {
                return (null, latency, $"{name} needs a value.\n{Usage}");
            }

            var value = args[++i];
            switch (name)
            {
                case "--urls":
                    options = options with { Urls = value };
                    break;
                case "--gateway" when Uri.TryCreate(value, UriKind.Absolute, out var gateway):
                    options = options with { GatewayUrl = gateway };
                    break;
                case "--seed" when int.TryParse(value, CultureInfo.InvariantCulture, out var seed):
                    options = options with { Seed = seed };
                    break;
                case "--clients" when int.TryParse(value, CultureInfo.InvariantCulture, out var clients) && clients > 0:
                    options = options with { Clients = clients };
                    break;
                case "--reject-fraction" when double.TryParse(value, CultureInfo.InvariantCulture, out var fraction) && fraction is >= 0 and <= 1:
                    options = options with { RejectFraction = fraction };
                    break;
                case "--traffic-interval" when double.TryParse(value, CultureInfo.InvariantCulture, out var seconds) && seconds > 0:
                    options = options with { TrafficInterval = TimeSpan.FromSeconds(seconds) };
                    break;
                case "--latency-ms" when int.TryParse(value, CultureInfo.InvariantCulture, out var ms) && ms >= 0:
                    latency = TimeSpan.FromMilliseconds(ms);
                    break;
                default:
                    return (null, latency, $"Unknown option or bad value: {name} {value}\n{Usage}");
            }
        }

        return (options, latency, null);
    }
}
