using System.Net;
using System.Net.Sockets;

namespace NewsWatch.Core.Network;

/// <summary>
/// Keeps webhooks away from internal networks. The host is resolved once and the socket
/// connects to the address that was checked, so a DNS answer that changes between the
/// check and the connection (rebinding) cannot reach an internal address.
/// </summary>
public sealed class OutboundGuard(bool allowPrivateNetworks)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        // IPv4 first: many hosts (Azure's among them) have no IPv6 route out.
        var allowed = addresses.Where(IsAllowed).OrderBy(a => a.AddressFamily == AddressFamily.InterNetwork ? 0 : 1).ToList();
        if (allowed.Count == 0)
            throw new HttpRequestException($"Refused to connect to {host}: it resolves only to private or reserved addresses.");

        SocketException? last = null;
        foreach (var address in allowed)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException ex)
            {
                socket.Dispose();
                last = ex;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw new HttpRequestException($"Could not connect to {host}: {last!.Message}", last);
    }

    /// <summary>Why a host may not receive webhooks (it resolves only to refused addresses, or not at all), or null when it may.</summary>
    public async Task<string?> RefusalAsync(string host, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        IPAddress[] addresses;
        try
        {
            addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        }
        catch (SocketException)
        {
            return $"The host {host} cannot be resolved.";
        }

        return addresses.Any(IsAllowed) ? null : $"The host {host} resolves only to private or reserved addresses, which webhooks may not reach.";
    }

    public bool IsAllowed(IPAddress address) => allowPrivateNetworks || IsPublic(address);

    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
            return false;
        return address.AddressFamily == AddressFamily.InterNetwork ? IsPublicV4(address.GetAddressBytes()) : IsPublicV6(address);
    }

    private static bool IsPublicV4(byte[] b) => !(
        b[0] is 0 or 10 or 127 or >= 224                 // this network, private, loopback, multicast and reserved
        || (b[0] == 100 && b[1] is >= 64 and <= 127)     // carrier-grade NAT
        || (b[0] == 169 && b[1] == 254)                  // link-local, cloud metadata
        || (b[0] == 172 && b[1] is >= 16 and <= 31)
        || (b[0] == 192 && b[1] == 168)
        || (b[0] == 192 && b[1] == 0 && b[2] is 0 or 2)  // IETF protocol assignments, TEST-NET-1
        || (b[0] == 198 && b[1] is 18 or 19));           // benchmarking

    private static bool IsPublicV6(IPAddress address)
    {
        var b = address.GetAddressBytes();
        if (EmbeddedIPv4(b) is { } embedded)
            return IsPublicV4(embedded);
        return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast
            || (b[0] & 0xFE) == 0xFC                     // unique local fc00::/7
            || (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0)  // Teredo 2001::/32
            || (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8)); // documentation
    }

    /// <summary>
    /// The IPv4 address that NAT64 (64:ff9b::/96, 64:ff9b:1::/48), 6to4 (2002::/16) and the
    /// old IPv4-compatible form (::a.b.c.d) carry, which is where such an address really leads.
    /// </summary>
    private static byte[]? EmbeddedIPv4(byte[] b)
    {
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b)
            return b[12..16];
        if (b[0] == 0x20 && b[1] == 0x02)
            return b[2..6];
        return b[..12].All(x => x == 0) && !(b[12] == 0 && b[13] == 0 && b[14] == 0) ? b[12..16] : null;
    }
}
