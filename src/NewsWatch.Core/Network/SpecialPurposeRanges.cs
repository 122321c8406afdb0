using System.Net;

namespace NewsWatch.Core.Network;

/// <summary>
/// The IANA IPv4 and IPv6 Special-Purpose Address Registries as far as a connection cares:
/// the blocks whose rows say "Globally Reachable: False", and the globally reachable rows
/// nested inside them. Names and RFCs are the registries' own (both as updated in 2025), so a
/// row can be checked against its source; when IANA adds a row, add it here and to the tests.
/// </summary>
internal static class SpecialPurposeRanges
{
    /// <summary>Blocks no packet from the internet reaches, or that are not unicast at all.</summary>
    public static readonly IReadOnlyList<AddressBlock> NotGloballyReachable =
    [
        AddressBlock.Parse("0.0.0.0/8", "\"This network\" (RFC 791)"),
        AddressBlock.Parse("10.0.0.0/8", "Private-Use (RFC 1918)"),
        AddressBlock.Parse("100.64.0.0/10", "Shared Address Space, carrier-grade NAT (RFC 6598)"),
        AddressBlock.Parse("127.0.0.0/8", "Loopback (RFC 1122)"),
        AddressBlock.Parse("169.254.0.0/16", "Link Local (RFC 3927)"),
        AddressBlock.Parse("172.16.0.0/12", "Private-Use (RFC 1918)"),
        // Holds the DS-Lite, dummy and NAT64-discovery rows (192.0.0.0/29, .8, .170, .171).
        AddressBlock.Parse("192.0.0.0/24", "IETF Protocol Assignments (RFC 6890)"),
        AddressBlock.Parse("192.0.2.0/24", "Documentation, TEST-NET-1 (RFC 5737)"),
        // Deprecated: whatever still answers there is some operator's relay, not a destination.
        AddressBlock.Parse("192.88.99.0/24", "Deprecated (6to4 Relay Anycast) (RFC 7526)"),
        AddressBlock.Parse("192.168.0.0/16", "Private-Use (RFC 1918)"),
        AddressBlock.Parse("198.18.0.0/15", "Benchmarking (RFC 2544)"),
        AddressBlock.Parse("198.51.100.0/24", "Documentation, TEST-NET-2 (RFC 5737)"),
        AddressBlock.Parse("203.0.113.0/24", "Documentation, TEST-NET-3 (RFC 5737)"),
        // From the IPv4 Multicast Address Space registry: not a unicast destination.
        AddressBlock.Parse("224.0.0.0/4", "Multicast (RFC 5771)"),
        AddressBlock.Parse("240.0.0.0/4", "Reserved (RFC 1112)"),
        AddressBlock.Parse("255.255.255.255/32", "Limited Broadcast (RFC 919)"),

        AddressBlock.Parse("::/128", "Unspecified Address (RFC 4291)"),
        AddressBlock.Parse("::1/128", "Loopback Address (RFC 4291)"),
        // As a destination on the wire; OutboundGuard judges it by the IPv4 it carries first.
        AddressBlock.Parse("::ffff:0:0/96", "IPv4-mapped Address (RFC 4291)"),
        AddressBlock.Parse("64:ff9b:1::/48", "IPv4-IPv6 Translat., local use (RFC 8215)"),
        AddressBlock.Parse("100::/64", "Discard-Only Address Block (RFC 6666)"),
        AddressBlock.Parse("100:0:0:1::/64", "Dummy IPv6 Prefix (RFC 9780)"),
        // Holds Teredo (2001::/32) and the rows below it.
        AddressBlock.Parse("2001::/23", "IETF Protocol Assignments (RFC 2928)"),
        AddressBlock.Parse("2001:2::/48", "Benchmarking (RFC 5180)"),
        AddressBlock.Parse("2001:10::/28", "Deprecated (previously ORCHID) (RFC 4843)"),
        AddressBlock.Parse("2001:db8::/32", "Documentation (RFC 3849)"),
        AddressBlock.Parse("3fff::/20", "Documentation (RFC 9637)"),
        AddressBlock.Parse("5f00::/16", "Segment Routing (SRv6) SIDs (RFC 9602)"),
        AddressBlock.Parse("fc00::/7", "Unique-Local (RFC 4193)"),
        AddressBlock.Parse("fe80::/10", "Link-Local Unicast (RFC 4291)"),
        // These two are from the IPv6 Address Space registry.
        AddressBlock.Parse("fec0::/10", "Site-Local, deprecated (RFC 3879)"),
        AddressBlock.Parse("ff00::/8", "Multicast (RFC 4291)"),
    ];

    /// <summary>Rows marked globally reachable that sit inside a block above; they win over it.</summary>
    public static readonly IReadOnlyList<AddressBlock> GloballyReachable =
    [
        AddressBlock.Parse("192.0.0.9/32", "Port Control Protocol Anycast (RFC 7723)"),
        AddressBlock.Parse("192.0.0.10/32", "Traversal Using Relays around NAT Anycast (RFC 8155)"),

        AddressBlock.Parse("2001:1::1/128", "Port Control Protocol Anycast (RFC 7723)"),
        AddressBlock.Parse("2001:1::2/128", "Traversal Using Relays around NAT Anycast (RFC 8155)"),
        AddressBlock.Parse("2001:1::3/128", "DNS-SD Service Registration Protocol Anycast (RFC 9665)"),
        AddressBlock.Parse("2001:3::/32", "AMT (RFC 7450)"),
        AddressBlock.Parse("2001:4:112::/48", "AS112-v6 (RFC 7535)"),
        AddressBlock.Parse("2001:20::/28", "ORCHIDv2 (RFC 7343)"),
        AddressBlock.Parse("2001:30::/28", "Drone Remote ID Protocol Entity Tags (DETs) Prefix (RFC 9374)"),
    ];

    /// <summary>Whether the registries let the address be reached from the internet, read as it stands (no embedded IPv4 is unwrapped).</summary>
    public static bool IsGloballyReachable(IPAddress address) =>
        GloballyReachable.Any(block => block.Contains(address)) || !NotGloballyReachable.Any(block => block.Contains(address));
}
