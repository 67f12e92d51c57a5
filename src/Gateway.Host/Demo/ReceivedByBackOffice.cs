using System.Globalization;
using Gateway.Host.Transport.BackOffice;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;

namespace Gateway.Host.Demo;

/// <summary>One message as the sink received it.</summary>
internal sealed record ReceivedByBackOffice(string Gemeentecode, long MessageId, string MessageCode, string Kind, byte[] Payload);
