using System.Net;
using NewsWatch.Core.Network;

namespace NewsWatch.Core.Tests.Network;

public sealed class OutboundGuardTests
{
    public static TheoryData<string> NotGlobalIPv4InEveryForm => AddressCases.Data(AddressCases.NotGlobalIPv4.SelectMany(AddressCases.Forms));

    public static TheoryData<string> PublicIPv4InEveryForm => AddressCases.Data(AddressCases.PublicIPv4.SelectMany(AddressCases.Forms));

    public static TheoryData<string> NotGlobalIPv6 => AddressCases.Data(AddressCases.NotGlobalIPv6);

    public static TheoryData<string> PublicIPv6 => AddressCases.Data(AddressCases.PublicIPv6);

    public static TheoryData<string> PlatformEndpointsInEveryForm => AddressCases.Data(AddressCases.PlatformEndpoints
        .SelectMany(a => a.Contains(':', StringComparison.Ordinal) ? [a] : AddressCases.Forms(a).Append("::" + a)));

    [Theory]
    [MemberData(nameof(NotGlobalIPv4InEveryForm))]
    public void IsPublic_RefusesIPv4NotGloballyReachable_InEveryFormThatLeadsToIt(string address) =>
        Assert.False(OutboundGuard.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [MemberData(nameof(PublicIPv4InEveryForm))]
    public void IsPublic_AcceptsPublicIPv4_InEveryFormThatLeadsToIt(string address) =>
        Assert.True(OutboundGuard.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [MemberData(nameof(NotGlobalIPv6))]
    public void IsPublic_RefusesIPv6NotGloballyReachable(string address) =>
        Assert.False(OutboundGuard.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [MemberData(nameof(PublicIPv6))]
    public void IsPublic_AcceptsGlobalUnicastIPv6AndTheRegistrysReachableRows(string address) =>
        Assert.True(OutboundGuard.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("::8.8.8.8")]
    [InlineData("::1.1.1.1")]
    public void IsPublic_RefusesTheDeprecatedIPv4CompatibleForm_EvenOfAPublicAddress(string address) =>
        Assert.False(OutboundGuard.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [MemberData(nameof(PlatformEndpointsInEveryForm))]
    public void IsAllowed_RefusesMetadataAndPlatformEndpoints_EvenWherePrivateNetworksAreAllowed(string address)
    {
        var ip = IPAddress.Parse(address);

        Assert.False(new OutboundGuard(allowPrivateNetworks: true).IsAllowed(ip));
        Assert.False(new OutboundGuard(allowPrivateNetworks: false).IsAllowed(ip));
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("10.0.0.1")]
    [InlineData("172.16.5.4")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.1.1")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("fd12:3456::1")]
    [InlineData("fe80::1")]
    public void IsAllowed_LetsLocalAddressesThrough_OnlyWherePrivateNetworksAreAllowed(string address)
    {
        var ip = IPAddress.Parse(address);

        Assert.True(new OutboundGuard(allowPrivateNetworks: true).IsAllowed(ip));
        Assert.False(new OutboundGuard(allowPrivateNetworks: false).IsAllowed(ip));
    }

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("2606:4700:4700::1111")]
    public void IsAllowed_LetsPublicAddressesThrough_EitherWay(string address)
    {
        var ip = IPAddress.Parse(address);

        Assert.True(new OutboundGuard(allowPrivateNetworks: true).IsAllowed(ip));
        Assert.True(new OutboundGuard(allowPrivateNetworks: false).IsAllowed(ip));
    }

    [Theory]
    [InlineData("168.63.129.16")]
    [InlineData("169.254.169.254")]
    [InlineData("[fd00:ec2::254]")]
    public async Task Refusal_OfAPlatformEndpoint_NamesTheHost_EvenWherePrivateNetworksAreAllowed(string host)
    {
        var refusal = await new OutboundGuard(allowPrivateNetworks: true).RefusalAsync(host, TestContext.Current.CancellationToken);

        Assert.NotNull(refusal);
        Assert.Contains(host, refusal, StringComparison.Ordinal);
    }
}
