using System.Net;
using System.Net.Sockets;

namespace NewsWatch.Core.Network;

/// <summary>
/// Keeps webhooks and feeds away from internal networks and cloud metadata endpoints. The
/// host is resolved once and the socket connects to the address that was checked, so a DNS
/// answer that changes between the check and the connection (rebinding) cannot reach an
/// internal address.
/// </summary>
public sealed class OutboundGuard(bool allowPrivateNetworks)
{
    private static readonly AddressBlock GlobalUnicast = AddressBlock.Parse("2000::/3", "Global Unicast (RFC 4291)");

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

    /// <summary>
    /// Whether a connection may go to the address. Cloud metadata and platform endpoints are
    /// refused even where private networks are allowed: they are never a feed or a webhook,
    /// and a local install on a cloud machine would otherwise let any URL read its credentials.
    /// </summary>
    public bool IsAllowed(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return !PlatformEndpoints.Includes(address) && (allowPrivateNetworks || IsPublic(address));
    }

    /// <summary>
    /// Whether the address is one the internet delivers to: globally reachable by the IANA
    /// special-purpose registries, judged by the IPv4 it carries where it carries one, and
    /// not a cloud platform endpoint.
    /// </summary>
    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (PlatformEndpoints.Includes(address))
            return false;
        if (EmbeddedIPv4.Of(address) is { } carried)
            return SpecialPurposeRanges.IsGloballyReachable(carried);
        // IANA assigns global unicast only from 2000::/3; outside it (::2, the rest of ::/8,
        // 4000::/3...) nothing is on the internet but the embedded-IPv4 forms handled above.
        if (address.AddressFamily == AddressFamily.InterNetworkV6 && !GlobalUnicast.Contains(address))
            return false;
        return SpecialPurposeRanges.IsGloballyReachable(address);
    }
}
