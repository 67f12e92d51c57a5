using WireMock.Logging;
using WireMock.Server;
using WireMock.Settings;

namespace Gateway.Host.Tests.Support;

/// <summary>
/// WireMock stand-ins for the hub and the back offices when a test needs an HTTP answer it scripts (500 then 200, a 503,
/// a slow answer) rather than the hub simulator's GGk behaviour. Loopback only, on a port the OS picks.
/// </summary>
internal static class ScriptedHttp
{
    public static WireMockServer Start() => WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"] });

    /// <summary>The address of <paramref name="path"/> on the server (its first, and only, loopback URL).</summary>
    public static Uri At(this WireMockServer server, string path) => new(new Uri(server.Urls[0]), path);

    /// <summary>The value of one request header as the server saw it; null when it was not sent.</summary>
    public static string? Header(this ILogEntry entry, string name) =>
        entry.RequestMessage.Headers is { } headers && headers.TryGetValue(name, out var values) ? string.Join(",", values) : null;
}
