using System.Net;
using System.Net.Sockets;

namespace Gateway.Testing.Network;

/// <summary>Loopback ports for servers a test starts.</summary>
public static class FreePort
{
    /// <summary>
    /// A loopback port free now, taken below Linux's ephemeral range (32768–60999): a port the kernel hands out for
    /// port 0 is also what the next outgoing connection or "127.0.0.1:0" listener of a parallel test may get before
    /// the server binds it, which once failed a test with "address already in use".
    /// </summary>
    public static int Next()
    {
        for (var tries = 0; tries < 200; tries++)
        {
            var port = Random.Shared.Next(20000, 32000);
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException)
            {
                // In use: try another.
            }
        }

        throw new InvalidOperationException("no free loopback port between 20000 and 32000");
    }
}
