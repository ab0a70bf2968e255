using System.Net;
using System.Net.Sockets;

namespace Portal.AppHost.Hosting;

/// <summary>
/// Ports for the endpoints: the declared fixed port in normal runs (checked to be free, for a clear message
/// instead of a failed bind), otherwise a free one from the kernel. Ports handed out are remembered for
/// the whole process, so applications created one after another in a test run never share one.
/// </summary>
internal static class PortAllocator
{
    private static readonly HashSet<int> HandedOut = [];

    public static int Allocate(int? fixedPort, bool useRandomPorts, string owner)
    {
        if (fixedPort is { } port && !useRandomPorts)
        {
            if (!IsFree(port))
            {
                throw new DistributedApplicationException(
                    $"Port {port} of '{owner}' is in use. Is another Portal.AppHost running? Stop it, or start with --random-ports.");
            }

            return port;
        }

        lock (HandedOut)
        {
            while (true)
            {
                using var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                var free = ((IPEndPoint)listener.LocalEndpoint).Port;
                listener.Stop();
                if (HandedOut.Add(free))
                {
                    return free;
                }
            }
        }
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
