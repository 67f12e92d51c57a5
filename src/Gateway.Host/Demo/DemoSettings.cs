using System.Net;
using System.Net.Sockets;
using Gateway.Host.Cli;
using Gateway.Host.Cli.Texts;
using Gateway.Host.Contracts;
using Gateway.Host.Hosting;
using Gateway.Host.Operators;
using Gateway.Host.Region;
using Gateway.HubSimulator;
using Gateway.HubSimulator.Provider;
using Gateway.Routing.Contracts;
using Gateway.Routing.Reference;
using Gateway.Routing.Region;
using Gateway.Routing.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Demo;

/// <summary>
/// How long and where the demo runs: <paramref name="Rounds"/> rounds of traffic when given (the same traffic on a
/// fast or a loaded machine, as tests need), else traffic for <paramref name="Duration"/>.
/// </summary>
internal sealed record DemoSettings(TimeSpan Duration, string Directory, int Port, bool Exit, int Clients = 300, int? Rounds = null);
