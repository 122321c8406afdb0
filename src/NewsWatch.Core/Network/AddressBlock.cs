using System.Net;

namespace NewsWatch.Core.Network;

/// <summary>One row of an address registry: a CIDR block and the name it is registered under.</summary>
internal sealed record AddressBlock(IPNetwork Network, string Name)
{
    public static AddressBlock Parse(string cidr, string name) => new(IPNetwork.Parse(cidr), name);

    /// <summary>
    /// Whether the address lies in the block, bit by bit and within one address family.
    /// IPNetwork.Contains is not used because on .NET 10 it counts ::ffff:a.b.c.d as inside
    /// IPv4 blocks yet not inside ::ffff:0:0/96; the guard decides itself which IPv4 an IPv6
    /// address stands for.
    /// </summary>
    public bool Contains(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily != Network.BaseAddress.AddressFamily)
            return false;

        var bytes = address.GetAddressBytes();
        var prefix = Network.BaseAddress.GetAddressBytes();
        var whole = Network.PrefixLength / 8;
        if (!bytes.AsSpan(0, whole).SequenceEqual(prefix.AsSpan(0, whole)))
            return false;

        var bits = Network.PrefixLength % 8;
        if (bits == 0)
            return true;
        var mask = (byte)(0xFF << (8 - bits));
        return (bytes[whole] & mask) == prefix[whole];
    }
}
