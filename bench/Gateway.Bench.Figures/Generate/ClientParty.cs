using Gateway.Bench.Figures.Region;
using Gateway.Messages.Standards;

namespace Gateway.Bench.Figures.Generate;

/// <summary>Who a client's messages are between: the client, its gemeente and its provider, in one domain.</summary>
internal sealed record ClientParty(Standard Standard, string Gemeente, ProviderSpec Provider, ClientIdentity Client, int Index);
