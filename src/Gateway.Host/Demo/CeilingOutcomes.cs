using Gateway.Host.Cli.Texts;
using Gateway.Host.Contracts;
using Gateway.Host.Operators;
using Gateway.HubSimulator;
using Gateway.Messages.Answers;
using Gateway.Messages.Envelopes.Ggk;
using Gateway.Routing.Store;

namespace Gateway.Host.Demo;

/// <summary>Ceiling signals and held 325s, counted from their events.</summary>
internal sealed record CeilingOutcomes(long ThresholdsReached, long Held, long Released, long Replaced);
