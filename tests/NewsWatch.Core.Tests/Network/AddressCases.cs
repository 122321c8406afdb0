using System.Globalization;
using System.Net;

namespace NewsWatch.Core.Tests.Network;

/// <summary>
/// Addresses written out by hand from the IANA registries, independently of the guard's own
/// table: the first and last address of each block (the edges catch a wrong prefix length),
/// the addresses just outside it, and the rows that are the exceptions.
/// </summary>
internal static class AddressCases
{
    public static readonly string[] NotGlobalIPv4 =
    [
        "0.0.0.0", "0.255.255.255",             // "This network"
        "10.0.0.0", "10.255.255.255",           // Private-Use
        "100.64.0.0", "100.127.255.255",        // Shared Address Space
        "127.0.0.0", "127.255.255.255",         // Loopback
        "169.254.0.0", "169.254.255.255",       // Link Local
        "172.16.0.0", "172.31.255.255",         // Private-Use
        "192.0.0.0", "192.0.0.255",             // IETF Protocol Assignments
        "192.0.0.8", "192.0.0.11",              //   its dummy address, and the row after TURN
        "192.0.0.170", "192.0.0.171",           //   NAT64/DNS64 discovery
        "192.0.2.0", "192.0.2.255",             // TEST-NET-1
        "192.88.99.0", "192.88.99.255",         // Deprecated 6to4 Relay Anycast
        "192.168.0.0", "192.168.255.255",       // Private-Use
        "198.18.0.0", "198.19.255.255",         // Benchmarking
        "198.51.100.0", "198.51.100.255",       // TEST-NET-2
        "203.0.113.0", "203.0.113.255",         // TEST-NET-3
        "224.0.0.0", "239.255.255.255",         // Multicast
        "240.0.0.0", "255.255.255.254",         // Reserved
        "255.255.255.255",                      // Limited Broadcast
    ];

    public static readonly string[] PublicIPv4 =
    [
        "8.8.8.8", "1.1.1.1", "93.184.216.34",
        "1.0.0.0", "9.255.255.255", "11.0.0.0",
        "100.63.255.255", "100.128.0.0",
        "126.255.255.255", "128.0.0.0",
        "169.253.255.255", "169.255.0.0",
        "172.15.255.255", "172.32.0.0",
        "191.255.255.255", "192.0.1.0", "192.0.1.255", "192.0.3.0",
        "192.0.0.9",                            // Port Control Protocol Anycast
        "192.0.0.10",                           // TURN Anycast
        "192.31.196.0", "192.52.193.0", "192.175.48.0", // AS112, AMT, Direct Delegation AS112
        "192.88.98.255", "192.88.100.0",
        "192.167.255.255", "192.169.0.0",
        "198.17.255.255", "198.20.0.0",
        "198.51.99.255", "198.51.101.0",
        "203.0.112.255", "203.0.114.0",
        "223.255.255.255",
        "168.63.129.15", "168.63.129.17",       // either side of Azure's WireServer
    ];

    public static readonly string[] NotGlobalIPv6 =
    [
        "::",                                                          // Unspecified
        "::1",                                                         // Loopback
        "::ffff:0:0", "::ffff:ffff:ffff",                              // IPv4-mapped (each IPv4 case is mapped too)
        "::2", "::ff", "0:ff:ffff:ffff:ffff:ffff:ffff:ffff",           // the rest of ::/8, reserved
        "64:ff9b:1::", "64:ff9b:1:ffff:ffff:ffff:ffff:ffff",           // local-use NAT64
        "64:ff9b::1:0:0:0",                                            // beside the NAT64 /96
        "100::", "100::ffff:ffff:ffff:ffff",                           // Discard-Only
        "100:0:0:1::", "100::1:ffff:ffff:ffff:ffff",                   // Dummy IPv6 Prefix
        "2001::", "2001:1ff:ffff:ffff:ffff:ffff:ffff:ffff",            // IETF Protocol Assignments
        "2001:0:4136:e378:8000:63bf:3fff:fdd2",                        //   Teredo
        "2001:1::", "2001:1::4",                                       //   around the anycast rows
        "2001:4:111:ffff:ffff:ffff:ffff:ffff", "2001:4:113::",         //   around AS112-v6
        "2001:40::",                                                   //   after the DETs prefix
        "2001:2::", "2001:2:0:ffff:ffff:ffff:ffff:ffff",               // Benchmarking
        "2001:10::", "2001:1f:ffff:ffff:ffff:ffff:ffff:ffff",          // Deprecated ORCHID
        "2001:db8::", "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff",        // Documentation
        "3fff::", "3fff:fff:ffff:ffff:ffff:ffff:ffff:ffff",            // Documentation
        "5f00::", "5f00:ffff:ffff:ffff:ffff:ffff:ffff:ffff",           // SRv6 SIDs
        "fc00::", "fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",           // Unique-Local
        "fe80::", "febf:ffff:ffff:ffff:ffff:ffff:ffff:ffff",           // Link-Local
        "fec0::", "feff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",           // Site-Local
        "ff00::", "ff02::1", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", // Multicast
        "1::", "1fff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",              // below 2000::/3
        "4000::", "e000::1", "fe00::",                                 // above it, outside any row
    ];

    public static readonly string[] PublicIPv6 =
    [
        "2606:4700:4700::1111", "2a00:1450:4001:81c::200e",
        "2000::", "2001:200::", "2001:db7:ffff:ffff:ffff:ffff:ffff:ffff", "2001:db9::",
        "2001:1::1", "2001:1::2", "2001:1::3",                         // PCP, TURN, DNS-SD SRP anycast
        "2001:3::", "2001:3:ffff:ffff:ffff:ffff:ffff:ffff",            // AMT
        "2001:4:112::", "2001:4:112:ffff:ffff:ffff:ffff:ffff",         // AS112-v6
        "2001:20::", "2001:2f:ffff:ffff:ffff:ffff:ffff:ffff",          // ORCHIDv2
        "2001:30::", "2001:3f:ffff:ffff:ffff:ffff:ffff:ffff",          // Drone Remote ID DETs
        "2620:4f:8000::1",                                             // Direct Delegation AS112
        "3ffe:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "3fff:1000::", "3fff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
    ];

    /// <summary>Metadata and platform endpoints, refused however private networks are set.</summary>
    public static readonly string[] PlatformEndpoints =
    [
        "168.63.129.16", "169.254.169.254", "169.254.169.253", "169.254.169.123", "169.254.170.2",
        "169.254.170.23", "169.254.0.23", "169.254.42.42", "100.100.100.200", "192.0.0.192",
        "fd00:ec2::254", "fd00:ec2::253", "fd00:ec2::123", "fd00:ec2::23", "fd20:ce::254",
        "fd00:c1::a9fe:a9fe", "fd00:42::42", "fd00:a9fe:a9fe::1",
    ];

    /// <summary>The address itself and each IPv6 form that leads to it: IPv4-mapped, NAT64 and 6to4.</summary>
    public static IEnumerable<string> Forms(string ipv4)
    {
        var b = IPAddress.Parse(ipv4).GetAddressBytes();
        yield return ipv4;
        yield return "::ffff:" + ipv4;
        yield return "64:ff9b::" + ipv4;
        yield return string.Create(CultureInfo.InvariantCulture, $"2002:{b[0]:x2}{b[1]:x2}:{b[2]:x2}{b[3]:x2}::1");
    }

    public static TheoryData<string> Data(IEnumerable<string> addresses) => new(addresses);
}
