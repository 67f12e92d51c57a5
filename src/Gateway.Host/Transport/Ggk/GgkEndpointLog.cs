using Gateway.Host.Trust;
using Gateway.Messages.Envelopes.Ggk;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Transport.Ggk;

/// <summary>Log category of the GGk endpoint.</summary>
internal sealed class GgkEndpointLog;
