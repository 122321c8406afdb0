using System.Net;
using NewsWatch.Core.Network;

namespace NewsWatch.Core.Tests.Network;

public sealed class OutboundGuardTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("10.0.0.1")]
    [InlineData("172.16.5.4")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("fe80::1")]
    [InlineData("fd00::1")]
    [InlineData("ff02::1")]
    [InlineData("64:ff9b::a9fe:a9fe")]
    [InlineData("2002:0a00:0001::1")]
    [InlineData("2001:0:4136:e378:8000:63bf:3fff:fdd2")]
    [InlineData("::10.0.0.1")]
    public void IsPublic_RefusesLoopbackPrivateLinkLocalAndReservedAddresses(string address) =>
        Assert.False(OutboundGuard.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("8.8.8.8")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("64:ff9b::808:808")]
    public void IsPublic_AcceptsPublicAddresses(string address) =>
        Assert.True(OutboundGuard.IsPublic(IPAddress.Parse(address)));

    [Fact]
    public void IsAllowed_WhenPrivateNetworksAreAllowed_AcceptsLoopback() =>
        Assert.True(new OutboundGuard(allowPrivateNetworks: true).IsAllowed(IPAddress.Loopback));
}
