using System.Net;
using System.Net.Sockets;
using Gateway.Host.Cli.Texts;

namespace Gateway.Host.Cli;

/// <summary>
/// Tries the gateway's ports before it starts, so a port in use is one line naming it rather than the host's failed
/// start (which logs the bind error with its stack trace). Kestrel's own error stays the last word on a race.
/// </summary>
internal static class PortProbe
{
    /// <summary>Every http(s)://host:port of a ';'-separated URL list; port 0 and names other than localhost are skipped.</summary>
    public static void RequireFree(CliContext context, string? urls, string howToChoose)
    {
        foreach (var url in (urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // "*" and "+" (every address) are not valid in a Uri; 0.0.0.0 binds the same way.
            if (Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri)
                && Address(uri.Host) is { } address)
            {
                RequireFree(context, address, uri.Port, howToChoose);
            }
        }
    }

    public static void RequireFree(CliContext context, IPAddress address, int port, string howToChoose)
    {
        if (port == 0)
        {
            return;
        }

        try
        {
            using var probe = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            if (!OperatingSystem.IsWindows())
            {
                // As Kestrel binds on Unix: connections of a previous run in TIME_WAIT do not hold the port, a listener does.
                probe.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            }

            probe.Bind(new IPEndPoint(address, port));
        }
        catch (SocketException e) when (e.SocketErrorCode is SocketError.AddressAlreadyInUse or SocketError.AccessDenied)
        {
            throw new UsageException(TextCatalogue.Say(context.Texts.PortInUse, port, address, howToChoose));
        }
    }

    private static IPAddress? Address(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
        : IPAddress.TryParse(host.Trim('[', ']'), out var address) ? address
        : null;
}
