using System.Net;

namespace NewsWatch.Core.Network;

/// <summary>
/// Cloud metadata and platform endpoints: addresses that every machine or container of a
/// provider can reach and that hand out its credentials, identity or configuration.
/// </summary>
internal static class PlatformEndpoints
{
    public static readonly IReadOnlyList<AddressBlock> All =
    [
        // A public address, so only this list keeps it out: it answers every Azure host.
        AddressBlock.Parse("168.63.129.16/32", "Azure WireServer: host agent, health probes, DNS"),
        AddressBlock.Parse("169.254.169.254/32", "Instance metadata: Azure, AWS, Google Cloud, Oracle, OpenStack and others"),
        AddressBlock.Parse("169.254.169.253/32", "AWS Route 53 Resolver"),
        AddressBlock.Parse("169.254.169.123/32", "AWS Time Sync Service"),
        AddressBlock.Parse("169.254.170.2/32", "AWS ECS task metadata and credentials"),
        AddressBlock.Parse("169.254.170.23/32", "AWS EKS Pod Identity Agent"),
        AddressBlock.Parse("169.254.0.23/32", "Tencent Cloud metadata"),
        AddressBlock.Parse("169.254.42.42/32", "Scaleway metadata"),
        AddressBlock.Parse("100.100.100.200/32", "Alibaba Cloud metadata"),
        AddressBlock.Parse("192.0.0.192/32", "Oracle Cloud Classic metadata"),
        // The whole block, as AWS keeps adding services there and no one else picked the prefix.
        AddressBlock.Parse("fd00:ec2::/32", "AWS services (IPv6): metadata ::254, Route 53 Resolver ::253, Time Sync ::123, EKS Pod Identity ::23"),
        AddressBlock.Parse("fd20:ce::254/128", "Google Cloud metadata (IPv6)"),
        AddressBlock.Parse("fd00:c1::a9fe:a9fe/128", "Oracle Cloud instance metadata (IPv6)"),
        AddressBlock.Parse("fd00:42::42/128", "Scaleway metadata (IPv6)"),
        AddressBlock.Parse("fd00:a9fe:a9fe::1/128", "Akamai (Linode) metadata (IPv6)"),
    ];

    /// <summary>Whether the address is one of them, directly or carried inside an IPv6 address.</summary>
    public static bool Includes(IPAddress address) =>
        IsListed(address) || IsListed(EmbeddedIPv4.Of(address)) || IsListed(EmbeddedIPv4.OfCompatible(address));

    private static bool IsListed(IPAddress? address) => address is not null && All.Any(block => block.Contains(address));
}
