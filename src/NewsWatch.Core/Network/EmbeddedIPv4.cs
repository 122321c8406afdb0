using System.Net;

namespace NewsWatch.Core.Network;

/// <summary>The IPv4 address an IPv6 address carries, which is where a connection to it really goes.</summary>
internal static class EmbeddedIPv4
{
    private static readonly AddressBlock Mapped = AddressBlock.Parse("::ffff:0:0/96", "IPv4-mapped Address (RFC 4291)");
    private static readonly AddressBlock Nat64 = AddressBlock.Parse("64:ff9b::/96", "IPv4-IPv6 Translat. (RFC 6052)");
    private static readonly AddressBlock SixToFour = AddressBlock.Parse("2002::/16", "6to4 (RFC 3056)");
    private static readonly AddressBlock Compatible = AddressBlock.Parse("::/96", "IPv4-compatible, deprecated (RFC 4291 2.5.5.1)");

    /// <summary>
    /// The IPv4 address behind IPv4-mapped ::ffff:a.b.c.d (a dual-stack socket sends it as
    /// IPv4), NAT64's well-known 64:ff9b::a.b.c.d (the network's translator forwards it) and
    /// 6to4 2002:AABB:CCDD::/48 (tunnelled to AABB:CCDD); null for any other address.
    /// </summary>
    public static IPAddress? Of(IPAddress address)
    {
        if (Mapped.Contains(address) || Nat64.Contains(address))
            return new IPAddress(address.GetAddressBytes().AsSpan(12, 4));
        return SixToFour.Contains(address) ? new IPAddress(address.GetAddressBytes().AsSpan(2, 4)) : null;
    }

    /// <summary>
    /// The IPv4 address in the deprecated IPv4-compatible form ::a.b.c.d. Nothing public is
    /// reached that way, but a host with automatic tunnelling (Linux's sit0) still sends it
    /// to a.b.c.d, so it is worth knowing which metadata address it names.
    /// </summary>
    public static IPAddress? OfCompatible(IPAddress address) =>
        Compatible.Contains(address) ? new IPAddress(address.GetAddressBytes().AsSpan(12, 4)) : null;
}
